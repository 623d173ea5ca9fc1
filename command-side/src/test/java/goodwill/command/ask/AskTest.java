package goodwill.command.ask;

import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.recordsNothingAgain;
import static goodwill.command.AggregateTesting.refuses;
import static goodwill.command.AggregateTesting.refusesADayAhead;
import static goodwill.command.AggregateTesting.refusesADayBefore;
import static goodwill.command.AggregateTesting.refusesInALedgerNeverOpened;
import static org.hamcrest.Matchers.hasSize;

import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class AskTest {

    private static final Instant ASKED = Instant.parse("2024-02-20T15:00:00Z");
    private static final Instant LATER = Instant.parse("2024-02-27T09:00:00Z");
    private static final Instant GAVE = Instant.parse("2024-02-10T09:00:00Z");

    private final FixtureConfiguration<Ask> fixture = fixtureOf(Ask.class, InMemoryLedgerDirectory.team("ana", "bo")
            .withFavor("team", "referral")
            .withFavorFromMe("team", "bo", GAVE)
            .withFavorFromMe("team", "ana", LATER));

    private static MakeAsk ask(String askerId, String askedId) {
        return new MakeAsk("team", "a1", askerId, askedId, "a referral to Initech", ASKED);
    }

    /** The ask a1 of me to ana, made. */
    private static AskMade made() {
        return ask("me", "ana").toEvent("ana");
    }

    private static AnswerAsk answer(AskOutcome outcome, Instant at, String favorId) {
        return new AnswerAsk("team", "a1", outcome, at, favorId);
    }

    @Test
    void anAskBetweenTwoLiveContactsIsMade() {
        fixture.givenNoPriorActivity()
               .when(ask("me", "ana"))
               .expectEvents(made());
    }

    @Test
    void anAskOfSomeoneMeNeverGaveAnythingBeforeIsMadeWithAnEmptyAccountWarning() {
        fixture.givenNoPriorActivity()
               .when(ask("me", "ana"))
               .expectEvents(made())
               .expectResultMessagePayload(List.of(new AskWarning("empty-account",
                       "You had not done anything for them before this ask, so it draws on an empty account. "
                               + "Giving first makes the next ask easier.")));
    }

    @Test
    void anAskOfSomeoneMeDidAFavorBeforeHasNoWarning() {
        fixture.givenNoPriorActivity()
               .when(ask("me", "bo"))
               .expectEvents(ask("me", "bo").toEvent("bo"))
               .expectResultMessagePayload(List.of());
    }

    @Test
    void anAskMeDidNotMakeHasNoWarning() {
        fixture.givenNoPriorActivity()
               .when(ask("ana", "bo"))
               .expectResultMessagePayload(List.of());
    }

    @Test
    void makingTheSameAskAgainAnswersItsWarningAgain() {
        fixture.given(made())
               .when(ask("me", "ana"))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(hasSize(1));
    }

    @Test
    void makingTheSameAskAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(made()), ask("me", "ana"));
    }

    @Test
    void anAskIdAlreadyUsedForAnotherAskIsAConflict() {
        refuses(fixture.given(made()), ask("ana", "me"), Reason.ID_CONFLICT, "askId");
    }

    @Test
    void noOneAsksThemselves() {
        refuses(fixture.givenNoPriorActivity(), ask("ana", "ana"), Reason.NOT_DISTINCT, "askedId");
    }

    @Test
    void theAskerMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), ask("stranger", "me"), Reason.UNKNOWN_CONTACT, "askerId");
    }

    @Test
    void theOneAskedMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), ask("me", "stranger"), Reason.UNKNOWN_CONTACT, "askedId");
    }

    @Test
    void anAskCannotBeMadeInALedgerThatWasNeverOpened() {
        refusesInALedgerNeverOpened(fixture, new MakeAsk("elsewhere", "a1", "me", "ana", "advice", ASKED));
    }

    @Test
    void anAskCannotHaveBeenMadeInTheFuture() {
        refusesADayAhead(fixture.givenNoPriorActivity(), at -> new MakeAsk("team", "a1", "me", "ana", "advice", at));
    }

    @Test
    void anAskIsAnsweredByTheFavorThatHelped() {
        fixture.given(made())
               .when(answer(AskOutcome.HELPED, LATER, "referral"))
               .expectEvents(answer(AskOutcome.HELPED, LATER, "referral").toEvent());
    }

    @Test
    void anAskIsDeclined() {
        fixture.given(made())
               .when(answer(AskOutcome.DECLINED, LATER, null))
               .expectEvents(answer(AskOutcome.DECLINED, LATER, null).toEvent());
    }

    @Test
    void anAskIsAnsweredAtMostOnce() {
        refuses(fixture.given(made(), answer(AskOutcome.NO_RESPONSE, LATER, null).toEvent()),
                answer(AskOutcome.HELPED, LATER, null), Reason.ALREADY_ANSWERED, null);
    }

    @Test
    void answeringTheSameWayAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(made(), answer(AskOutcome.HELPED, LATER, "referral").toEvent()),
                            answer(AskOutcome.HELPED, LATER, "referral"));
    }

    @Test
    void anAnswerNeedsAnExistingAsk() {
        refuses(fixture.givenNoPriorActivity(), answer(AskOutcome.HELPED, LATER, null), Reason.UNKNOWN_ASK, null);
    }

    @Test
    void anAnswerInALedgerThatWasNeverOpenedNamesTheLedger() {
        refusesInALedgerNeverOpened(fixture, new AnswerAsk("elsewhere", "a1", AskOutcome.HELPED, LATER, null));
    }

    @Test
    void theFavorThatHelpedMustHaveBeenRecordedInTheLedger() {
        refuses(fixture.given(made()), answer(AskOutcome.HELPED, LATER, "unknown"), Reason.UNKNOWN_FAVOR, "favorId");
    }

    @Test
    void onlyAnAskThatHelpedNamesAFavor() {
        refuses(fixture.given(made()), answer(AskOutcome.DECLINED, LATER, "referral"), Reason.NOT_APPLICABLE,
                "favorId");
    }

    @Test
    void anAskCannotBeAnsweredBeforeItWasMade() {
        refusesADayBefore(fixture.given(made()), ASKED, at -> answer(AskOutcome.DECLINED, at, null));
    }

    @Test
    void anAskCannotBeAnsweredInTheFuture() {
        refusesADayAhead(fixture.given(made()), at -> answer(AskOutcome.DECLINED, at, null));
    }
}
