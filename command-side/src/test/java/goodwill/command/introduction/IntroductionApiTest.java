package goodwill.command.introduction;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CommandSideTest
class IntroductionApiTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String introductions;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        introductions = "/api/ledgers/" + ledgerId + "/introductions";
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    /** The events of this test's ledger: its opening and its two contacts. */
    private long recordedInLedger() {
        return recorded.sinceOpening(ledgerId) - 2;
    }

    private String introduction(String introductionId, String introducerId, String personAId, String personBId) {
        return """
                {"introductionId": "%s", "introducerId": "%s", "personAId": "%s", "personBId": "%s",
                 "occurredAt": "2024-02-20T15:00:00Z", "purpose": "Bo is hiring"}"""
                .formatted(introductionId, introducerId, personAId, personBId);
    }

    private static String outcome(String outcomeId, String outcome) {
        return """
                {"outcomeId": "%s", "outcome": "%s", "occurredAt": "2024-02-27T09:00:00Z", "note": "coffee"}"""
                .formatted(outcomeId, outcome);
    }

    /** Makes introduction i1 of ana and bo by me. */
    private String madeIntroduction() {
        Answer made = api.post(introductions, introduction("i1", meId, "ana", "bo"));
        assertThat(made.status()).isEqualTo(201);
        return introductions + "/i1/outcomes";
    }

    @Test
    void anIntroductionIsMadeWithItsLocation() {
        Answer made = api.post(introductions, introduction("i1", meId, "ana", "bo"));

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("introductionId")).isEqualTo("i1");
        assertThat(made.headers().getLocation()).hasPath(introductions + "/i1");
        assertThat(recorded.payloadsOf(Ids.introduction(ledgerId, "i1")))
                .containsExactly(new IntroductionMade(ledgerId, "i1", meId, "ana", "bo", "Bo is hiring",
                                                      Instant.parse("2024-02-20T15:00:00Z")));
    }

    @Test
    void anIntroductionWithoutAnIdGetsAUuid() {
        Answer made = api.post(introductions, """
                {"introducerId": "ana", "personAId": "bo", "personBId": "%s", "occurredAt": "2024-02-20T15:00:00Z"}"""
                .formatted(meId));

        assertThat(made.status()).isEqualTo(201);
        assertThat(UUID.fromString(made.text("introductionId"))).isNotNull();
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void makingTheSameIntroductionAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(introductions, introduction("i1", meId, "ana", "bo"));

        Answer again = api.post(introductions, introduction("i1", meId, "ana", "bo"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anIntroductionIdInUseForAnotherIntroductionIsAConflict() {
        api.post(introductions, introduction("i1", meId, "ana", "bo"));

        api.post(introductions, introduction("i1", "ana", meId, "bo")).isProblem(409, "id-conflict");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void everyMissingRequiredFieldOfAnIntroductionIsNamed() {
        Answer refused = api.post(introductions, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("introducerId", "occurredAt", "personAId", "personBId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aPurposeTooLongIsNamed() {
        Answer refused = api.post(introductions, introduction("i1", meId, "ana", "bo")
                                    .replace("Bo is hiring", "x".repeat(501)))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("purpose");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anIntroductionOfSomeoneToThemselvesIsRefused() {
        Answer refused = api.post(introductions, introduction("i1", meId, "ana", "ana"))
                            .isProblem(422, "not-distinct");

        assertThat(refused.errorFields()).containsExactly("personBId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownIntroducedPersonIsNamed() {
        Answer refused = api.post(introductions, introduction("i1", meId, "stranger", "bo"))
                            .isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("personAId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anIntroductionCannotHaveBeenMadeInTheFuture() {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(introductions, introduction("i1", meId, "ana", "bo").replace("2024-02-20T15:00:00Z", tomorrow))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anIntroductionCannotBeMadeInAnUnknownLedger() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/introductions", introduction("i1", meId, "ana", "bo"))
           .isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void anOutcomeIsRecordedWithItsLocation() {
        String outcomes = madeIntroduction();

        Answer recordedOutcome = api.post(outcomes, outcome("o1", "MET"));

        assertThat(recordedOutcome.status()).isEqualTo(201);
        assertThat(recordedOutcome.text("introductionId")).isEqualTo("i1");
        assertThat(recordedOutcome.text("outcomeId")).isEqualTo("o1");
        assertThat(recordedOutcome.headers().getLocation()).hasPath(outcomes + "/o1");
        assertThat(recorded.payloadsOf(Ids.introduction(ledgerId, "i1")))
                .last()
                .isEqualTo(new IntroductionOutcomeRecorded(ledgerId, "i1", "o1", IntroductionOutcome.MET,
                                                           Instant.parse("2024-02-27T09:00:00Z"), "coffee"));
    }

    @Test
    void outcomesWithoutAnIdAreEachRecorded() {
        String outcomes = madeIntroduction();

        Answer met = api.post(outcomes, """
                {"outcome": "MET", "occurredAt": "2024-02-27T09:00:00Z"}""");
        Answer hired = api.post(outcomes, """
                {"outcome": "HIRED", "occurredAt": "2024-04-01T09:00:00Z"}""");

        assertThat(UUID.fromString(met.text("outcomeId"))).isNotEqualTo(UUID.fromString(hired.text("outcomeId")));
        assertThat(recordedInLedger()).isEqualTo(3);
    }

    @Test
    void recordingTheSameOutcomeAgainAnswersTheSameAndRecordsNothing() {
        String outcomes = madeIntroduction();
        Answer first = api.post(outcomes, outcome("o1", "MET"));

        Answer again = api.post(outcomes, outcome("o1", "MET"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void anOutcomeIdInUseForAnotherOutcomeIsAConflict() {
        String outcomes = madeIntroduction();
        api.post(outcomes, outcome("o1", "MET"));

        api.post(outcomes, outcome("o1", "DEAL")).isProblem(409, "id-conflict");

        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void everyMissingRequiredFieldOfAnOutcomeIsNamed() {
        String outcomes = madeIntroduction();

        Answer refused = api.post(outcomes, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("occurredAt", "outcome");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeIsNamedWithTheAllowedOnes() {
        String outcomes = madeIntroduction();

        Answer refused = api.post(outcomes, outcome("o1", "MARRIED")).isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("outcome"))
                .isEqualTo("must be one of MET, OPPORTUNITY, HIRED, DEAL, NO_RESPONSE, DECLINED");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anOutcomeOfAnUnknownIntroductionIsNotFound() {
        api.post(introductions + "/nothing/outcomes", outcome("o1", "MET")).isProblem(404, "unknown-introduction");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anIntroductionRefusedAnOutcomeBeforeItWasMadeTakesOutcomesOnceMade() {
        api.post(introductions + "/i1/outcomes", outcome("o1", "MET")).isProblem(404, "unknown-introduction");

        String outcomes = madeIntroduction();

        assertThat(api.post(outcomes, outcome("o1", "MET")).status()).isEqualTo(201);
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void anOutcomeInAnUnknownLedgerIsNotFound() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/introductions/i1/outcomes", outcome("o1", "MET"))
           .isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void anOutcomeCannotOccurBeforeTheIntroduction() {
        String outcomes = madeIntroduction();

        Answer refused = api.post(outcomes, outcome("o1", "MET").replace("2024-02-27", "2024-02-19"))
                            .isProblem(422, "out-of-order");

        assertThat(refused.errorFields()).containsExactly("occurredAt");
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void anOutcomeCannotOccurInTheFuture() {
        String outcomes = madeIntroduction();
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(outcomes, outcome("o1", "MET").replace("2024-02-27T09:00:00Z", tomorrow))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isEqualTo(1);
    }
}
