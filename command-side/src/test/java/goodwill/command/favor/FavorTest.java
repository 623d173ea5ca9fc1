package goodwill.command.favor;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.FavorKind;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FavorTest {

    private static final Instant DONE = Instant.parse("2024-02-20T15:00:00Z");

    private FixtureConfiguration<Favor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Favor.class);
        fixture.registerInjectableResource(new InMemoryLedgerDirectory().withLedger("team", "me")
                                                                        .withContact("team", "ana")
                                                                        .withContact("team", "bo")
                                                                        .withFavor("team", "earlier"));
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
    }

    private static RecordFavor favor(String giverId, String receiverId) {
        return new RecordFavor("team", "f1", giverId, receiverId, FavorKind.INTRODUCTION, 3, false, DONE, null, null,
                               "introduced to their CTO");
    }

    private static RecordFavor favorToward(String towardId) {
        return new RecordFavor("team", "f1", "ana", "me", FavorKind.RECOMMENDATION, 4, false, DONE, towardId, null,
                               null);
    }

    @Test
    void aFavorBetweenTwoLiveContactsIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(favor("me", "ana"))
               .expectEvents(favor("me", "ana").toEvent());
    }

    @Test
    void aFavorBetweenTwoOtherContactsIsRecordedToo() {
        fixture.givenNoPriorActivity()
               .when(favor("ana", "bo"))
               .expectEvents(favor("ana", "bo").toEvent());
    }

    @Test
    void aFavorDoneTowardAThirdPartyAndReturningAnEarlierOneIsRecorded() {
        RecordFavor favor = new RecordFavor("team", "f1", "ana", "me", FavorKind.REFERRAL, 5, true, DONE, "bo",
                                            "earlier", null);
        fixture.givenNoPriorActivity()
               .when(favor)
               .expectEvents(favor.toEvent());
    }

    @Test
    void recordingTheSameFavorAgainRecordsNothing() {
        fixture.given(favor("me", "ana").toEvent())
               .when(favor("me", "ana"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aFavorIdAlreadyUsedForAnotherFavorIsAConflict() {
        fixture.given(favor("me", "ana").toEvent())
               .when(favor("ana", "me"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "favorId"));
    }

    @Test
    void aFavorCannotBeGivenAndReceivedBySamePerson() {
        fixture.givenNoPriorActivity()
               .when(favor("ana", "ana"))
               .expectNoEvents()
               .expectException(refused(Reason.SAME_GIVER_AND_RECEIVER, "receiverId"));
    }

    @Test
    void aFavorCannotBeDoneTowardItsOwnReceiver() {
        fixture.givenNoPriorActivity()
               .when(favorToward("me"))
               .expectNoEvents()
               .expectException(refused(Reason.TOWARD_A_PARTY, "towardId"));
    }

    @Test
    void theGiverMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(favor("stranger", "me"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "giverId"));
    }

    @Test
    void theReceiverMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(favor("me", "stranger"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "receiverId"));
    }

    @Test
    void theThirdPartyMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(favorToward("stranger"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "towardId"));
    }

    @Test
    void aReciprocatedFavorMustHaveBeenRecordedInTheLedger() {
        fixture.givenNoPriorActivity()
               .when(new RecordFavor("team", "f1", "ana", "me", FavorKind.ADVICE, 2, true, DONE, null, "unknown", null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_FAVOR, "reciprocatesFavorId"));
    }

    @Test
    void aFavorCannotBeRecordedInALedgerThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
               .when(new RecordFavor("elsewhere", "f1", "me", "ana", FavorKind.ADVICE, 2, true, DONE, null, null, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void aFavorCannotHaveBeenDoneInTheFuture() {
        fixture.givenNoPriorActivity()
               .when(new RecordFavor("team", "f1", "me", "ana", FavorKind.ADVICE, 2, true, NOW.plus(Duration.ofDays(1)),
                                     null, null, null))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    @Test
    void aFavorWeighsBetweenOneAndFive() {
        fixture.givenNoPriorActivity()
               .when(new RecordFavor("team", "f1", "me", "ana", FavorKind.ADVICE, 6, true, DONE, null, null, null))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "weight"));
    }
}
