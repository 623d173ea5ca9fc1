package goodwill.command.ask;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CommandSideTest
class AskApiTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String asks;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        asks = "/api/ledgers/" + ledgerId + "/asks";
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    /** The events of this test's ledger: its opening and its two contacts. */
    private long recordedInLedger() {
        return recorded.sinceOpening(ledgerId) - 2;
    }

    private String ask(String askId, String askerId, String askedId) {
        return """
                {"askId": "%s", "askerId": "%s", "askedId": "%s", "what": "a referral to Initech",
                 "occurredAt": "2024-02-20T15:00:00Z"}"""
                .formatted(askId, askerId, askedId);
    }

    private static String answer(String outcome) {
        return """
                {"outcome": "%s", "occurredAt": "2024-02-27T09:00:00Z"}""".formatted(outcome);
    }

    /** Makes ask a1 of me to ana and answers the path of its answer. */
    private String madeAsk() {
        Answer made = api.post(asks, ask("a1", meId, "ana"));
        assertThat(made.status()).isEqualTo(201);
        return asks + "/a1/answer";
    }

    @Test
    void anAskIsMadeWithItsLocation() {
        Answer made = api.post(asks, ask("a1", meId, "ana"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("askId")).isEqualTo("a1");
        assertThat(made.headers().getLocation()).hasPath(asks + "/a1");
        assertThat(recorded.payloadsOf(Ids.ask(ledgerId, "a1")))
                .containsExactly(new AskMade(ledgerId, "a1", meId, "ana", "a referral to Initech",
                                             Instant.parse("2024-02-20T15:00:00Z")));
    }

    private void favor(String favorId, String giverId, String receiverId, String occurredAt) {
        Answer recorded = api.post("/api/ledgers/" + ledgerId + "/favors", """
                {"favorId": "%s", "giverId": "%s", "receiverId": "%s", "kind": "ADVICE", "weight": 2,
                 "asked": false, "occurredAt": "%s"}""".formatted(favorId, giverId, receiverId, occurredAt));
        assertThat(recorded.status()).as("favor %s", recorded.body()).isEqualTo(201);
    }

    @Test
    void anAskOfSomeoneMeNeverGaveAnythingIsMadeWithAnEmptyAccountWarning() {
        favor("f1", "ana", meId, "2024-02-01T10:00:00Z");
        favor("f2", meId, "bo", "2024-02-01T10:00:00Z");

        Answer made = api.post(asks, ask("a1", meId, "ana"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings")).hasSize(1);
        assertThat(made.body().path("warnings").get(0).path("code").asText()).isEqualTo("empty-account");
        assertThat(made.body().path("warnings").get(0).path("detail").asText())
                .startsWith("You had not done anything for them before this ask");
        assertThat(recordedInLedger()).isEqualTo(3);
    }

    @Test
    void anAskOfSomeoneMeGaveAFavorBeforeHasNoWarning() {
        favor("f1", meId, "ana", "2024-02-01T10:00:00Z");

        Answer made = api.post(asks, ask("a1", meId, "ana"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings").isArray()).isTrue();
        assertThat(made.body().path("warnings")).isEmpty();
    }

    @Test
    void aFavorFromMeOnlyAfterTheAskIsNoInvestmentBeforeIt() {
        favor("f1", meId, "ana", "2024-03-01T10:00:00Z");

        Answer made = api.post(asks, ask("a1", meId, "ana"));

        assertThat(made.body().path("warnings")).hasSize(1);
    }

    @Test
    void anAskAfterTheOnlyFavorFromMeWasRetractedHasTheWarning() {
        favor("f1", meId, "ana", "2024-02-01T10:00:00Z");
        Answer retracted = api.post("/api/ledgers/" + ledgerId + "/favors/f1/retraction", """
                {"reason": "never happened"}""");
        assertThat(retracted.status()).as("retraction %s", retracted.body()).isEqualTo(200);

        Answer made = api.post(asks, ask("a1", meId, "ana"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings").get(0).path("code").asText()).isEqualTo("empty-account");
    }

    @Test
    void anAskMeDidNotMakeHasNoWarning() {
        Answer made = api.post(asks, ask("a1", "ana", "bo"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().path("warnings")).isEmpty();
    }

    @Test
    void anAskWithoutAnIdGetsAUuid() {
        Answer made = api.post(asks, """
                {"askerId": "ana", "askedId": "bo", "what": "advice", "occurredAt": "2024-02-20T15:00:00Z"}""");

        assertThat(made.status()).isEqualTo(201);
        assertThat(UUID.fromString(made.text("askId"))).isNotNull();
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void makingTheSameAskAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(asks, ask("a1", meId, "ana"));

        Answer again = api.post(asks, ask("a1", meId, "ana"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anAskIdInUseForAnotherAskIsAConflict() {
        api.post(asks, ask("a1", meId, "ana"));

        api.post(asks, ask("a1", "ana", meId)).isProblem(409, "id-conflict");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void everyMissingRequiredFieldOfAnAskIsNamed() {
        Answer refused = api.post(asks, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("askedId", "askerId", "occurredAt", "what");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aRequestTooLongIsNamed() {
        Answer refused = api.post(asks, ask("a1", meId, "ana").replace("a referral to Initech", "x".repeat(501)))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("what");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void askingOneselfIsRefused() {
        Answer refused = api.post(asks, ask("a1", "ana", "ana")).isProblem(422, "not-distinct");

        assertThat(refused.errorFields()).containsExactly("askedId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownPersonAskedIsNamed() {
        Answer refused = api.post(asks, ask("a1", meId, "stranger")).isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("askedId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anAskCannotHaveBeenMadeInTheFuture() {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(asks, ask("a1", meId, "ana").replace("2024-02-20T15:00:00Z", tomorrow))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anAskCannotBeMadeInAnUnknownLedger() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/asks", ask("a1", meId, "ana")).isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void anAskIsAnsweredWithTheAnswersLocation() {
        String answer = madeAsk();
        api.post("/api/ledgers/" + ledgerId + "/favors", """
                {"favorId": "referral", "giverId": "ana", "receiverId": "%s", "kind": "REFERRAL", "weight": 4,
                 "asked": true, "occurredAt": "2024-02-26T15:00:00Z"}""".formatted(meId));

        Answer answered = api.post(answer, """
                {"outcome": "HELPED", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "referral"}""");

        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.text("askId")).isEqualTo("a1");
        assertThat(answered.text("outcome")).isEqualTo("HELPED");
        assertThat(answered.headers().getLocation()).hasPath(answer);
        assertThat(recorded.payloadsOf(Ids.ask(ledgerId, "a1")))
                .last()
                .isEqualTo(new AskAnswered(ledgerId, "a1", AskOutcome.HELPED, "referral",
                                           Instant.parse("2024-02-27T09:00:00Z")));
    }

    @Test
    void answeringTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        String answer = madeAsk();
        Answer first = api.post(answer, answer("DECLINED"));

        Answer again = api.post(answer, answer("DECLINED"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void anAskIsAnsweredAtMostOnce() {
        String answer = madeAsk();
        api.post(answer, answer("NO_RESPONSE"));

        api.post(answer, answer("HELPED")).isProblem(409, "already-answered");

        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void everyMissingRequiredFieldOfAnAnswerIsNamed() {
        String answer = madeAsk();

        Answer refused = api.post(answer, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("occurredAt", "outcome");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeIsNamedWithTheAllowedOnes() {
        String answer = madeAsk();

        Answer refused = api.post(answer, answer("MAYBE")).isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("outcome")).isEqualTo("must be one of HELPED, DECLINED, NO_RESPONSE");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anUnknownFavorThatHelpedIsNamed() {
        String answer = madeAsk();

        Answer refused = api.post(answer, """
                {"outcome": "HELPED", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""")
                            .isProblem(422, "unknown-favor");

        assertThat(refused.errorFields()).containsExactly("favorId");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aFavorNamedForADeclinedAskIsRefused() {
        String answer = madeAsk();

        Answer refused = api.post(answer, """
                {"outcome": "DECLINED", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""")
                            .isProblem(422, "not-applicable");

        assertThat(refused.errorFields()).containsExactly("favorId");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anAnswerToAnUnknownAskIsNotFound() {
        api.post(asks + "/nothing/answer", answer("HELPED")).isProblem(404, "unknown-ask");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anAnswerInAnUnknownLedgerIsNotFound() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/asks/a1/answer", answer("HELPED")).isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void anAskCannotBeAnsweredBeforeItWasMade() {
        String answer = madeAsk();

        Answer refused = api.post(answer, answer("DECLINED").replace("2024-02-27", "2024-02-19"))
                            .isProblem(422, "out-of-order");

        assertThat(refused.errorFields()).containsExactly("occurredAt");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anAskCannotBeAnsweredInTheFuture() {
        String answer = madeAsk();
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(answer, answer("DECLINED").replace("2024-02-27T09:00:00Z", tomorrow))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isEqualTo(1);
    }
}
