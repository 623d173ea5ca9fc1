package goodwill.command.favor;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FavorTest {

    private static final Instant DONE = Instant.parse("2024-02-20T15:00:00Z");

    private FixtureConfiguration<Favor> fixture;
    private InMemoryLedgerDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Favor.class);
        directory = new InMemoryLedgerDirectory().withLedger("team", "me")
                                                 .withContact("team", "ana")
                                                 .withContact("team", "bo")
                                                 .withFavor("team", "earlier");
        fixture.registerInjectableResource(directory);
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
    void aFavorCannotReciprocateItself() {
        fixture.givenNoPriorActivity()
               .when(new RecordFavor("team", "f1", "ana", "me", FavorKind.ADVICE, 2, true, DONE, null, "f1", null))
               .expectNoEvents()
               .expectException(refused(Reason.RECIPROCATES_ITSELF, "reciprocatesFavorId"));
    }

    @Test
    void aFavorCannotReciprocateAFavorOfAnotherLedger() {
        directory.withLedger("elsewhere", "someone").withFavor("elsewhere", "theirs");
        fixture.givenNoPriorActivity()
               .when(new RecordFavor("team", "f1", "ana", "me", FavorKind.ADVICE, 2, true, DONE, null, "theirs", null))
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

    @Test
    void aFavorCannotHaveBeenDoneBefore1900() {
        fixture.givenNoPriorActivity()
               .when(new RecordFavor("team", "f1", "me", "ana", FavorKind.ADVICE, 2, true,
                                     Instant.parse("1899-12-31T23:59:59Z"), null, null, null))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "occurredAt"));
    }

    private static final Instant RETRACTED = Instant.parse("2024-02-28T09:00:00Z");

    private static FavorRecorded recorded() {
        return favor("me", "ana").toEvent();
    }

    private static RetractFavor retraction(String reason, Instant occurredAt) {
        return new RetractFavor("team", "f1", reason, occurredAt);
    }

    /** An amendment of f1 by id a1, changing only what is given. */
    private static AmendFavor amendment(String giverId, String receiverId, Integer weight, String note) {
        return new AmendFavor("team", "f1", "a1", giverId, receiverId, null, weight, null, null, null, null, note,
                              "typo");
    }

    @Test
    void aRecordedFavorIsRetractedForAReason() {
        fixture.given(recorded())
               .when(retraction("never happened", RETRACTED))
               .expectEvents(new FavorRetracted("team", "f1", "never happened", RETRACTED));
    }

    @Test
    void aRetractionWithoutATimeIsMadeNow() {
        fixture.given(recorded())
               .when(retraction("never happened", null))
               .expectEvents(new FavorRetracted("team", "f1", "never happened", NOW));
    }

    @Test
    void retractingTheSameWayAgainRecordsNothing() {
        fixture.given(recorded(), new FavorRetracted("team", "f1", "never happened", RETRACTED))
               .when(retraction("never happened", null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aRetractedFavorCannotBeRetractedAgainForAnotherReason() {
        fixture.given(recorded(), new FavorRetracted("team", "f1", "never happened", RETRACTED))
               .when(retraction("duplicate", null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_RETRACTED, "reason"));
    }

    @Test
    void aFavorNeverRecordedCannotBeRetracted() {
        fixture.givenNoPriorActivity()
               .when(retraction("never happened", null))
               .expectNoEvents()
               .expectException(refused(Reason.NO_SUCH_FAVOR, null));
    }

    @Test
    void aRetractionCannotBeMadeInTheFuture() {
        fixture.given(recorded())
               .when(retraction("never happened", NOW.plus(Duration.ofDays(1))))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    @Test
    void aFavorIsAmendedWithTheValuesToCorrectAndTheTimeOfTheAmendment() {
        fixture.given(recorded())
               .when(amendment(null, "bo", 5, null))
               .expectEvents(new FavorAmended("team", "f1", "a1", null, "bo", null, 5, null, null, null, null, null,
                                              "typo", NOW));
    }

    @Test
    void sendingTheSameAmendmentAgainRecordsNothing() {
        fixture.given(recorded(), amendment(null, "bo", null, null).toEvent(RETRACTED))
               .when(amendment(null, "bo", null, null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anAmendmentIdAlreadyUsedForAnotherAmendmentIsAConflict() {
        fixture.given(recorded(), amendment(null, "bo", null, null).toEvent(RETRACTED))
               .when(amendment(null, null, 5, null))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "amendmentId"));
    }

    @Test
    void aRetractedFavorCannotBeAmended() {
        fixture.given(recorded(), new FavorRetracted("team", "f1", "never happened", RETRACTED))
               .when(amendment(null, null, 5, null))
               .expectNoEvents()
               .expectException(refused(Reason.FAVOR_RETRACTED, null));
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        fixture.given(recorded())
               .when(amendment("me", "ana", 3, null))
               .expectNoEvents()
               .expectException(refused(Reason.NOTHING_TO_CHANGE, null));
    }

    @Test
    void anAmendedFavorStillNeedsTwoPeople() {
        fixture.given(recorded())
               .when(amendment(null, "me", null, null))
               .expectNoEvents()
               .expectException(refused(Reason.SAME_GIVER_AND_RECEIVER, "receiverId"));
    }

    @Test
    void anAmendedFavorStillWeighsBetweenOneAndFive() {
        fixture.given(recorded())
               .when(amendment(null, null, 0, null))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "weight"));
    }

    @Test
    void aNewPartyOfAnAmendedFavorMustBeALiveContact() {
        fixture.given(recorded())
               .when(amendment("stranger", null, null, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "giverId"));
    }

    @Test
    void anAmendedFavorCannotHaveBeenDoneInTheFuture() {
        fixture.given(recorded())
               .when(new AmendFavor("team", "f1", "a1", null, null, null, null, null, NOW.plus(Duration.ofDays(1)),
                                    null, null, null, null))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    @Test
    void anAmendedFavorCannotReciprocateItself() {
        fixture.given(recorded())
               .when(new AmendFavor("team", "f1", "a1", null, null, null, null, null, null, null, "f1", null, "typo"))
               .expectNoEvents()
               .expectException(refused(Reason.RECIPROCATES_ITSELF, "reciprocatesFavorId"));
    }

    @Test
    void anAmendedFavorCannotReciprocateAFavorOfAnotherLedger() {
        directory.withLedger("elsewhere", "someone").withFavor("elsewhere", "theirs");
        fixture.given(recorded())
               .when(new AmendFavor("team", "f1", "a1", null, null, null, null, null, null, null, "theirs", null,
                                    "typo"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_FAVOR, "reciprocatesFavorId"));
    }

    @Test
    void anAmendedFavorMayReciprocateAnEarlierFavorOfItsLedger() {
        fixture.given(recorded())
               .when(new AmendFavor("team", "f1", "a1", null, null, null, null, null, null, null, "earlier", null,
                                    "typo"))
               .expectEvents(new FavorAmended("team", "f1", "a1", null, null, null, null, null, null, null, "earlier",
                                              null, "typo", NOW));
    }

    @Test
    void aFavorOfAContactArchivedSinceCanStillHaveItsNoteAmended() {
        directory.withArchivedContact("team", "ana");
        fixture.given(recorded())
               .when(amendment(null, null, null, "to their CEO"))
               .expectEvents(amendment(null, null, null, "to their CEO").toEvent(NOW));
    }

    @Test
    void anArchivedContactCannotBecomeAPartyOfAFavor() {
        directory.withArchivedContact("team", "bo");
        fixture.given(recorded())
               .when(amendment(null, "bo", null, null))
               .expectNoEvents()
               .expectException(refused(Reason.ARCHIVED_CONTACT, "receiverId"));
    }

    @Test
    void aFavorNeverRecordedCannotBeAmended() {
        fixture.givenNoPriorActivity()
               .when(amendment(null, null, 5, null))
               .expectNoEvents()
               .expectException(refused(Reason.NO_SUCH_FAVOR, null));
    }
}
