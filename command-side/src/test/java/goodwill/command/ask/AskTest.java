package goodwill.command.ask;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;
import static org.hamcrest.Matchers.hasSize;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.AskOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AskTest {

    private static final Instant ASKED = Instant.parse("2024-02-20T15:00:00Z");
    private static final Instant LATER = Instant.parse("2024-02-27T09:00:00Z");
    private static final Instant GAVE = Instant.parse("2024-02-10T09:00:00Z");

    private FixtureConfiguration<Ask> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ask.class);
        fixture.registerInjectableResource(new InMemoryLedgerDirectory().withLedger("team", "me")
                                                                        .withContact("team", "ana")
                                                                        .withContact("team", "bo")
                                                                        .withFavor("team", "referral")
                                                                        .withFavorFromMe("team", "bo", GAVE)
                                                                        .withFavorFromMe("team", "ana", LATER));
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
    }

    private static MakeAsk ask(String askerId, String askedId) {
        return new MakeAsk("team", "a1", askerId, askedId, "a referral to Initech", ASKED);
    }

    private static AnswerAsk answer(AskOutcome outcome, Instant at, String favorId) {
        return new AnswerAsk("team", "a1", outcome, at, favorId);
    }

    @Test
    void anAskBetweenTwoLiveContactsIsMade() {
        fixture.givenNoPriorActivity()
               .when(ask("me", "ana"))
               .expectEvents(ask("me", "ana").toEvent());
    }

    @Test
    void anAskOfSomeoneMeNeverGaveAnythingBeforeIsMadeWithAnEmptyAccountWarning() {
        fixture.givenNoPriorActivity()
               .when(ask("me", "ana"))
               .expectEvents(ask("me", "ana").toEvent())
               .expectResultMessagePayload(List.of(new AskWarning("empty-account",
                       "You had not done anything for them before this ask, so it draws on an empty account. "
                               + "Giving first makes the next ask easier.")));
    }

    @Test
    void anAskOfSomeoneMeDidAFavorBeforeHasNoWarning() {
        fixture.givenNoPriorActivity()
               .when(ask("me", "bo"))
               .expectEvents(ask("me", "bo").toEvent())
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
        fixture.given(ask("me", "ana").toEvent())
               .when(ask("me", "ana"))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(hasSize(1));
    }

    @Test
    void makingTheSameAskAgainRecordsNothing() {
        fixture.given(ask("me", "ana").toEvent())
               .when(ask("me", "ana"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anAskIdAlreadyUsedForAnotherAskIsAConflict() {
        fixture.given(ask("me", "ana").toEvent())
               .when(ask("ana", "me"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "askId"));
    }

    @Test
    void noOneAsksThemselves() {
        fixture.givenNoPriorActivity()
               .when(ask("ana", "ana"))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_DISTINCT, "askedId"));
    }

    @Test
    void theAskerMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(ask("stranger", "me"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "askerId"));
    }

    @Test
    void theOneAskedMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(ask("me", "stranger"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "askedId"));
    }

    @Test
    void anAskCannotBeMadeInALedgerThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
               .when(new MakeAsk("elsewhere", "a1", "me", "ana", "advice", ASKED))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void anAskCannotHaveBeenMadeInTheFuture() {
        fixture.givenNoPriorActivity()
               .when(new MakeAsk("team", "a1", "me", "ana", "advice", NOW.plus(Duration.ofDays(1))))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    @Test
    void anAskIsAnsweredByTheFavorThatHelped() {
        fixture.given(ask("me", "ana").toEvent())
               .when(answer(AskOutcome.HELPED, LATER, "referral"))
               .expectEvents(answer(AskOutcome.HELPED, LATER, "referral").toEvent());
    }

    @Test
    void anAskIsDeclined() {
        fixture.given(ask("me", "ana").toEvent())
               .when(answer(AskOutcome.DECLINED, LATER, null))
               .expectEvents(answer(AskOutcome.DECLINED, LATER, null).toEvent());
    }

    @Test
    void anAskIsAnsweredAtMostOnce() {
        fixture.given(ask("me", "ana").toEvent(), answer(AskOutcome.NO_RESPONSE, LATER, null).toEvent())
               .when(answer(AskOutcome.HELPED, LATER, null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_ANSWERED, null));
    }

    @Test
    void answeringTheSameWayAgainRecordsNothing() {
        fixture.given(ask("me", "ana").toEvent(), answer(AskOutcome.HELPED, LATER, "referral").toEvent())
               .when(answer(AskOutcome.HELPED, LATER, "referral"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anAnswerNeedsAnExistingAsk() {
        fixture.givenNoPriorActivity()
               .when(answer(AskOutcome.HELPED, LATER, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_ASK, null));
    }

    @Test
    void anAnswerInALedgerThatWasNeverOpenedNamesTheLedger() {
        fixture.givenNoPriorActivity()
               .when(new AnswerAsk("elsewhere", "a1", AskOutcome.HELPED, LATER, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void theFavorThatHelpedMustHaveBeenRecordedInTheLedger() {
        fixture.given(ask("me", "ana").toEvent())
               .when(answer(AskOutcome.HELPED, LATER, "unknown"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_FAVOR, "favorId"));
    }

    @Test
    void onlyAnAskThatHelpedNamesAFavor() {
        fixture.given(ask("me", "ana").toEvent())
               .when(answer(AskOutcome.DECLINED, LATER, "referral"))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_APPLICABLE, "favorId"));
    }

    @Test
    void anAskCannotBeAnsweredBeforeItWasMade() {
        fixture.given(ask("me", "ana").toEvent())
               .when(answer(AskOutcome.DECLINED, ASKED.minus(Duration.ofDays(1)), null))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_ORDER, "occurredAt"));
    }

    @Test
    void anAskCannotBeAnsweredInTheFuture() {
        fixture.given(ask("me", "ana").toEvent())
               .when(answer(AskOutcome.DECLINED, NOW.plus(Duration.ofDays(1)), null))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }
}
