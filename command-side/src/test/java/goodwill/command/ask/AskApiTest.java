package goodwill.command.ask;

import static goodwill.command.LedgerFixture.tomorrow;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@CommandSideTest
class AskApiTest {

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");

    private static String ask(String askId, String askerId, String askedId) {
        return """
                {"askId": "%s", "askerId": "%s", "askedId": "%s", "what": "a referral to Initech",
                 "occurredAt": "2024-02-20T15:00:00Z"}"""
                .formatted(askId, askerId, askedId);
    }

    private String askOfAna() {
        return ask("a1", ledger.meId(), "ana");
    }

    private static String answer(String outcome) {
        return """
                {"outcome": "%s", "occurredAt": "2024-02-27T09:00:00Z"}""".formatted(outcome);
    }

    /** Makes ask a1 of me to ana and answers the resource of its answer. */
    private String madeAsk() {
        ledger.created("/asks", askOfAna());
        return "/asks/a1/answer";
    }

    @Test
    void anAskIsMadeWithItsLocation() {
        Answer made = ledger.post("/asks", askOfAna());

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("askId")).isEqualTo("a1");
        assertThat(made.headers().getLocation()).hasPath(ledger.path("/asks/a1"));
        assertThat(ledger.eventsOf(Ids::ask, "a1"))
                .containsExactly(new AskMade(ledger.id(), "a1", ledger.meId(), "ana", "a referral to Initech",
                                             Instant.parse("2024-02-20T15:00:00Z"), "ana"));
    }

    @Test
    void anAskOfSomeoneMeNeverGaveAnythingIsMadeWithAnEmptyAccountWarning() {
        ledger.recordFavor("f1", "ana", ledger.meId(), "2024-02-01T10:00:00Z");
        ledger.recordFavor("f2", ledger.meId(), "bo", "2024-02-01T10:00:00Z");

        Answer made = ledger.post("/asks", askOfAna());

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings")).hasSize(1);
        assertThat(made.body().path("warnings").get(0).path("code").asText()).isEqualTo("empty-account");
        assertThat(made.body().path("warnings").get(0).path("detail").asText())
                .startsWith("You had not done anything for them before this ask");
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(3);
    }

    @Test
    void anAskOfSomeoneMeGaveAFavorBeforeHasNoWarning() {
        ledger.recordFavor("f1", ledger.meId(), "ana", "2024-02-01T10:00:00Z");

        Answer made = ledger.post("/asks", askOfAna());

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings").isArray()).isTrue();
        assertThat(made.body().path("warnings")).isEmpty();
    }

    @Test
    void aFavorFromMeOnlyAfterTheAskIsNoInvestmentBeforeIt() {
        ledger.recordFavor("f1", ledger.meId(), "ana", "2024-03-01T10:00:00Z");

        Answer made = ledger.post("/asks", askOfAna());

        assertThat(made.body().path("warnings")).hasSize(1);
    }

    @Test
    void anAskAfterTheOnlyFavorFromMeWasRetractedHasTheWarning() {
        ledger.recordFavor("f1", ledger.meId(), "ana", "2024-02-01T10:00:00Z");
        ledger.retractFavor("f1", "never happened");

        Answer made = ledger.post("/asks", askOfAna());

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings").get(0).path("code").asText()).isEqualTo("empty-account");
    }

    @Test
    void anAskMeDidNotMakeHasNoWarning() {
        Answer made = ledger.post("/asks", ask("a1", "ana", "bo"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings")).isEmpty();
    }

    @Test
    void anAskWithoutAnIdGetsAUuid() {
        Answer made = ledger.post("/asks", """
                {"askerId": "ana", "askedId": "bo", "what": "advice", "occurredAt": "2024-02-20T15:00:00Z"}""");

        assertThat(made.status()).isEqualTo(201);
        assertThat(UUID.fromString(made.text("askId"))).isNotNull();
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void makingTheSameAskAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/asks", askOfAna(), 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void anAskIdInUseForAnotherAskIsAConflict() {
        ledger.created("/asks", askOfAna());

        ledger.refuses("/asks", ask("a1", "ana", ledger.meId()), 409, "id-conflict");
    }

    @Test
    void everyMissingRequiredFieldOfAnAskIsNamed() {
        ledger.refuses("/asks", "{}", 400, "invalid-request").naming("askedId", "askerId", "occurredAt", "what");
    }

    @Test
    void aRequestTooLongIsNamed() {
        String tooLong = askOfAna().replace("a referral to Initech", "x".repeat(501));

        ledger.refuses("/asks", tooLong, 400, "invalid-request").naming("what");
    }

    @Test
    void askingOneselfIsRefused() {
        ledger.refuses("/asks", ask("a1", "ana", "ana"), 422, "not-distinct").naming("askedId");
    }

    @Test
    void anUnknownPersonAskedIsNamed() {
        ledger.refuses("/asks", ask("a1", ledger.meId(), "stranger"), 422, "unknown-contact").naming("askedId");
    }

    @Test
    void anAskCannotHaveBeenMadeInTheFuture() {
        ledger.refuses("/asks", askOfAna().replace("2024-02-20T15:00:00Z", tomorrow()), 422, "in-the-future");
    }

    @Test
    void anAskCannotBeMadeInAnUnknownLedger() {
        ledger.refusedInAnUnknownLedger("/asks", askOfAna());
    }

    @Test
    void anAskIsAnsweredWithTheAnswersLocation() {
        String answer = madeAsk();
        ledger.recordFavor("referral", "ana", ledger.meId(), "2024-02-26T15:00:00Z");

        Answer answered = ledger.post(answer, """
                {"outcome": "HELPED", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "referral"}""");

        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.text("askId")).isEqualTo("a1");
        assertThat(answered.text("outcome")).isEqualTo("HELPED");
        assertThat(answered.headers().getLocation()).hasPath(ledger.path(answer));
        assertThat(ledger.eventsOf(Ids::ask, "a1"))
                .last()
                .isEqualTo(new AskAnswered(ledger.id(), "a1", AskOutcome.HELPED, "referral",
                                           Instant.parse("2024-02-27T09:00:00Z")));
    }

    @Test
    void answeringTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain(madeAsk(), answer("DECLINED"), 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void anAskIsAnsweredAtMostOnce() {
        String answer = madeAsk();
        ledger.created(answer, answer("NO_RESPONSE"));

        ledger.refuses(answer, answer("HELPED"), 409, "already-answered");
    }

    @Test
    void everyMissingRequiredFieldOfAnAnswerIsNamed() {
        ledger.refuses(madeAsk(), "{}", 400, "invalid-request").naming("occurredAt", "outcome");
    }

    @Test
    void anUnknownOutcomeIsNamedWithTheAllowedOnes() {
        Answer refused = ledger.refuses(madeAsk(), answer("MAYBE"), 400, "invalid-request");

        assertThat(refused.errorAbout("outcome")).isEqualTo("must be one of HELPED, DECLINED, NO_RESPONSE");
    }

    @Test
    void anUnknownFavorThatHelpedIsNamed() {
        ledger.refuses(madeAsk(), """
                {"outcome": "HELPED", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""",
                       422, "unknown-favor").naming("favorId");
    }

    @Test
    void aFavorNamedForADeclinedAskIsRefused() {
        ledger.refuses(madeAsk(), """
                {"outcome": "DECLINED", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""",
                       422, "not-applicable").naming("favorId");
    }

    @Test
    void anAnswerToAnUnknownAskIsNotFound() {
        ledger.refuses("/asks/nothing/answer", answer("HELPED"), 404, "unknown-ask");
    }

    @Test
    void anAnswerInAnUnknownLedgerIsNotFound() {
        ledger.refusedInAnUnknownLedger("/asks/a1/answer", answer("HELPED"));
    }

    @Test
    void anAskCannotBeAnsweredBeforeItWasMade() {
        String beforeTheAsk = answer("DECLINED").replace("2024-02-27", "2024-02-19");

        ledger.refuses(madeAsk(), beforeTheAsk, 422, "out-of-order").naming("occurredAt");
    }

    @Test
    void anAskCannotBeAnsweredInTheFuture() {
        String tomorrows = answer("DECLINED").replace("2024-02-27T09:00:00Z", tomorrow());

        ledger.refuses(madeAsk(), tomorrows, 422, "in-the-future");
    }
}
