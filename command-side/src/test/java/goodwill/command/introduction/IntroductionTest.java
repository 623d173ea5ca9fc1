package goodwill.command.introduction;

import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.recordsNothingAgain;
import static goodwill.command.AggregateTesting.refuses;
import static goodwill.command.AggregateTesting.refusesADayAhead;
import static goodwill.command.AggregateTesting.refusesADayBefore;
import static goodwill.command.AggregateTesting.refusesInALedgerNeverOpened;

import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class IntroductionTest {

    private static final Instant INTRODUCED = Instant.parse("2024-02-20T15:00:00Z");
    private static final Instant LATER = Instant.parse("2024-02-27T09:00:00Z");

    private final FixtureConfiguration<Introduction> fixture = fixtureOf(Introduction.class,
                                                                         InMemoryLedgerDirectory.team("ana", "bo"));

    private static MakeIntroduction introduction(String introducerId, String personAId, String personBId) {
        return new MakeIntroduction("team", "i1", introducerId, personAId, personBId, "Bo is hiring", INTRODUCED);
    }

    /** The introduction i1 of ana and bo by me, made. */
    private static IntroductionMade made() {
        return introduction("me", "ana", "bo").toEvent("ana");
    }

    private static RecordIntroductionOutcome outcome(String outcomeId, IntroductionOutcome outcome, Instant at) {
        return new RecordIntroductionOutcome("team", "i1", outcomeId, outcome, at, null);
    }

    /** The outcome o1 of i1: they met. */
    private static IntroductionOutcomeRecorded met() {
        return outcome("o1", IntroductionOutcome.MET, LATER).toEvent("ana");
    }

    @Test
    void anIntroductionOfTwoLiveContactsIsMade() {
        fixture.givenNoPriorActivity()
               .when(introduction("me", "ana", "bo"))
               .expectEvents(made());
    }

    @Test
    void anIntroductionNeedNotBeMadeByMe() {
        fixture.givenNoPriorActivity()
               .when(introduction("ana", "me", "bo"))
               .expectEvents(introduction("ana", "me", "bo").toEvent("bo"));
    }

    @Test
    void makingTheSameIntroductionAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(made()), introduction("me", "ana", "bo"));
    }

    @Test
    void anIntroductionIdAlreadyUsedForAnotherIntroductionIsAConflict() {
        refuses(fixture.given(made()), introduction("ana", "me", "bo"), Reason.ID_CONFLICT, "introductionId");
    }

    @Test
    void theIntroducerIsNotOneOfTheIntroduced() {
        refuses(fixture.givenNoPriorActivity(), introduction("me", "me", "bo"), Reason.NOT_DISTINCT, "personAId");
    }

    @Test
    void aPersonIsNotIntroducedToThemselves() {
        refuses(fixture.givenNoPriorActivity(), introduction("me", "ana", "ana"), Reason.NOT_DISTINCT, "personBId");
    }

    @Test
    void theIntroducerMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), introduction("stranger", "ana", "bo"), Reason.UNKNOWN_CONTACT,
                "introducerId");
    }

    @Test
    void theIntroducedMustBeLiveContactsOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), introduction("me", "ana", "stranger"), Reason.UNKNOWN_CONTACT,
                "personBId");
    }

    @Test
    void anIntroductionCannotBeMadeInALedgerThatWasNeverOpened() {
        refusesInALedgerNeverOpened(fixture, new MakeIntroduction("elsewhere", "i1", "me", "ana", "bo", null,
                                                                  INTRODUCED));
    }

    @Test
    void anIntroductionCannotHaveBeenMadeInTheFuture() {
        refusesADayAhead(fixture.givenNoPriorActivity(),
                         at -> new MakeIntroduction("team", "i1", "me", "ana", "bo", null, at));
    }

    @Test
    void anOutcomeOfAnIntroductionIsRecorded() {
        fixture.given(made())
               .when(outcome("o1", IntroductionOutcome.MET, LATER))
               .expectEvents(met());
    }

    @Test
    void anIntroductionMayHaveSeveralOutcomesOverTime() {
        fixture.given(made(), met())
               .when(outcome("o2", IntroductionOutcome.HIRED, LATER.plus(Duration.ofDays(2))))
               .expectEvents(outcome("o2", IntroductionOutcome.HIRED, LATER.plus(Duration.ofDays(2))).toEvent("ana"));
    }

    @Test
    void recordingTheSameOutcomeAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(made(), met()), outcome("o1", IntroductionOutcome.MET, LATER));
    }

    @Test
    void anOutcomeIdAlreadyUsedForAnotherOutcomeIsAConflict() {
        refuses(fixture.given(made(), met()), outcome("o1", IntroductionOutcome.DEAL, LATER), Reason.ID_CONFLICT,
                "outcomeId");
    }

    @Test
    void anOutcomeNeedsAnExistingIntroduction() {
        refuses(fixture.givenNoPriorActivity(), outcome("o1", IntroductionOutcome.MET, LATER),
                Reason.UNKNOWN_INTRODUCTION, null);
    }

    @Test
    void anOutcomeInALedgerThatWasNeverOpenedNamesTheLedger() {
        refusesInALedgerNeverOpened(fixture, new RecordIntroductionOutcome("elsewhere", "i1", "o1",
                                                                           IntroductionOutcome.MET, LATER, null));
    }

    @Test
    void anOutcomeCannotOccurBeforeTheIntroduction() {
        refusesADayBefore(fixture.given(made()), INTRODUCED, at -> outcome("o1", IntroductionOutcome.MET, at));
    }

    @Test
    void anOutcomeCannotOccurInTheFuture() {
        refusesADayAhead(fixture.given(made()), at -> outcome("o1", IntroductionOutcome.MET, at));
    }
}
