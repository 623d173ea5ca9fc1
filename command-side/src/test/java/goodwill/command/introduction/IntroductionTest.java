package goodwill.command.introduction;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.IntroductionOutcome;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntroductionTest {

    private static final Instant INTRODUCED = Instant.parse("2024-02-20T15:00:00Z");
    private static final Instant LATER = Instant.parse("2024-02-27T09:00:00Z");

    private FixtureConfiguration<Introduction> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Introduction.class);
        fixture.registerInjectableResource(new InMemoryLedgerDirectory().withLedger("team", "me")
                                                                        .withContact("team", "ana")
                                                                        .withContact("team", "bo"));
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
    }

    private static MakeIntroduction introduction(String introducerId, String personAId, String personBId) {
        return new MakeIntroduction("team", "i1", introducerId, personAId, personBId, "Bo is hiring", INTRODUCED);
    }

    private static RecordIntroductionOutcome outcome(String outcomeId, IntroductionOutcome outcome, Instant at) {
        return new RecordIntroductionOutcome("team", "i1", outcomeId, outcome, at, null);
    }

    @Test
    void anIntroductionOfTwoLiveContactsIsMade() {
        fixture.givenNoPriorActivity()
               .when(introduction("me", "ana", "bo"))
               .expectEvents(introduction("me", "ana", "bo").toEvent());
    }

    @Test
    void anIntroductionNeedNotBeMadeByMe() {
        fixture.givenNoPriorActivity()
               .when(introduction("ana", "me", "bo"))
               .expectEvents(introduction("ana", "me", "bo").toEvent());
    }

    @Test
    void makingTheSameIntroductionAgainRecordsNothing() {
        fixture.given(introduction("me", "ana", "bo").toEvent())
               .when(introduction("me", "ana", "bo"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anIntroductionIdAlreadyUsedForAnotherIntroductionIsAConflict() {
        fixture.given(introduction("me", "ana", "bo").toEvent())
               .when(introduction("ana", "me", "bo"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "introductionId"));
    }

    @Test
    void theIntroducerIsNotOneOfTheIntroduced() {
        fixture.givenNoPriorActivity()
               .when(introduction("me", "me", "bo"))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_DISTINCT, "personAId"));
    }

    @Test
    void aPersonIsNotIntroducedToThemselves() {
        fixture.givenNoPriorActivity()
               .when(introduction("me", "ana", "ana"))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_DISTINCT, "personBId"));
    }

    @Test
    void theIntroducerMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(introduction("stranger", "ana", "bo"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "introducerId"));
    }

    @Test
    void theIntroducedMustBeLiveContactsOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(introduction("me", "ana", "stranger"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "personBId"));
    }

    @Test
    void anIntroductionCannotBeMadeInALedgerThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
               .when(new MakeIntroduction("elsewhere", "i1", "me", "ana", "bo", null, INTRODUCED))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void anIntroductionCannotHaveBeenMadeInTheFuture() {
        fixture.givenNoPriorActivity()
               .when(new MakeIntroduction("team", "i1", "me", "ana", "bo", null, NOW.plus(Duration.ofDays(1))))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    @Test
    void anOutcomeOfAnIntroductionIsRecorded() {
        fixture.given(introduction("me", "ana", "bo").toEvent())
               .when(outcome("o1", IntroductionOutcome.MET, LATER))
               .expectEvents(outcome("o1", IntroductionOutcome.MET, LATER).toEvent());
    }

    @Test
    void anIntroductionMayHaveSeveralOutcomesOverTime() {
        fixture.given(introduction("me", "ana", "bo").toEvent(), outcome("o1", IntroductionOutcome.MET, LATER).toEvent())
               .when(outcome("o2", IntroductionOutcome.HIRED, LATER.plus(Duration.ofDays(2))))
               .expectEvents(outcome("o2", IntroductionOutcome.HIRED, LATER.plus(Duration.ofDays(2))).toEvent());
    }

    @Test
    void recordingTheSameOutcomeAgainRecordsNothing() {
        fixture.given(introduction("me", "ana", "bo").toEvent(), outcome("o1", IntroductionOutcome.MET, LATER).toEvent())
               .when(outcome("o1", IntroductionOutcome.MET, LATER))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anOutcomeIdAlreadyUsedForAnotherOutcomeIsAConflict() {
        fixture.given(introduction("me", "ana", "bo").toEvent(), outcome("o1", IntroductionOutcome.MET, LATER).toEvent())
               .when(outcome("o1", IntroductionOutcome.DEAL, LATER))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "outcomeId"));
    }

    @Test
    void anOutcomeNeedsAnExistingIntroduction() {
        fixture.givenNoPriorActivity()
               .when(outcome("o1", IntroductionOutcome.MET, LATER))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_INTRODUCTION, null));
    }

    @Test
    void anOutcomeInALedgerThatWasNeverOpenedNamesTheLedger() {
        fixture.givenNoPriorActivity()
               .when(new RecordIntroductionOutcome("elsewhere", "i1", "o1", IntroductionOutcome.MET, LATER, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void anOutcomeCannotOccurBeforeTheIntroduction() {
        fixture.given(introduction("me", "ana", "bo").toEvent())
               .when(outcome("o1", IntroductionOutcome.MET, INTRODUCED.minus(Duration.ofDays(1))))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_ORDER, "occurredAt"));
    }

    @Test
    void anOutcomeCannotOccurInTheFuture() {
        fixture.given(introduction("me", "ana", "bo").toEvent())
               .when(outcome("o1", IntroductionOutcome.MET, NOW.plus(Duration.ofDays(1))))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }
}
