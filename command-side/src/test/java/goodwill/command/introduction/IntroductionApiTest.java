package goodwill.command.introduction;

import static goodwill.command.LedgerFixture.tomorrow;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@CommandSideTest
class IntroductionApiTest {

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");

    private static String introduction(String introductionId, String introducerId, String personAId,
                                       String personBId) {
        return """
                {"introductionId": "%s", "introducerId": "%s", "personAId": "%s", "personBId": "%s",
                 "occurredAt": "2024-02-20T15:00:00Z", "purpose": "Bo is hiring"}"""
                .formatted(introductionId, introducerId, personAId, personBId);
    }

    /** Introduction i1, of ana and bo by me. */
    private String i1() {
        return introduction("i1", ledger.meId(), "ana", "bo");
    }

    private static String outcome(String outcomeId, String outcome) {
        return """
                {"outcomeId": "%s", "outcome": "%s", "occurredAt": "2024-02-27T09:00:00Z", "note": "coffee"}"""
                .formatted(outcomeId, outcome);
    }

    /** Makes introduction i1 and answers the resource of its outcomes. */
    private String madeIntroduction() {
        ledger.created("/introductions", i1());
        return "/introductions/i1/outcomes";
    }

    @Test
    void anIntroductionIsMadeWithItsLocation() {
        Answer made = ledger.post("/introductions", i1());

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("introductionId")).isEqualTo("i1");
        assertThat(made.headers().getLocation()).hasPath(ledger.path("/introductions/i1"));
        assertThat(ledger.eventsOf(Ids::introduction, "i1"))
                .containsExactly(new IntroductionMade(ledger.id(), "i1", ledger.meId(), "ana", "bo", "Bo is hiring",
                                                      Instant.parse("2024-02-20T15:00:00Z"), "ana"));
    }

    @Test
    void anIntroductionWithoutAnIdGetsAUuid() {
        Answer made = ledger.post("/introductions", """
                {"introducerId": "ana", "personAId": "bo", "personBId": "%s", "occurredAt": "2024-02-20T15:00:00Z"}"""
                .formatted(ledger.meId()));

        assertThat(made.status()).isEqualTo(201);
        assertThat(UUID.fromString(made.text("introductionId"))).isNotNull();
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void makingTheSameIntroductionAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/introductions", i1(), 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void anIntroductionIdInUseForAnotherIntroductionIsAConflict() {
        ledger.created("/introductions", i1());

        ledger.refuses("/introductions", introduction("i1", "ana", ledger.meId(), "bo"), 409, "id-conflict");
    }

    @Test
    void everyMissingRequiredFieldOfAnIntroductionIsNamed() {
        ledger.refuses("/introductions", "{}", 400, "invalid-request")
              .naming("introducerId", "occurredAt", "personAId", "personBId");
    }

    @Test
    void aPurposeTooLongIsNamed() {
        String tooLong = i1().replace("Bo is hiring", "x".repeat(501));

        ledger.refuses("/introductions", tooLong, 400, "invalid-request").naming("purpose");
    }

    @Test
    void anIntroductionOfSomeoneToThemselvesIsRefused() {
        ledger.refuses("/introductions", introduction("i1", ledger.meId(), "ana", "ana"), 422, "not-distinct")
              .naming("personBId");
    }

    @Test
    void anUnknownIntroducedPersonIsNamed() {
        ledger.refuses("/introductions", introduction("i1", ledger.meId(), "stranger", "bo"), 422, "unknown-contact")
              .naming("personAId");
    }

    @Test
    void anIntroductionCannotHaveBeenMadeInTheFuture() {
        ledger.refuses("/introductions", i1().replace("2024-02-20T15:00:00Z", tomorrow()), 422, "in-the-future");
    }

    @Test
    void anIntroductionCannotBeMadeInAnUnknownLedger() {
        ledger.refusedInAnUnknownLedger("/introductions", i1());
    }

    @Test
    void anOutcomeIsRecordedWithItsLocation() {
        String outcomes = madeIntroduction();

        Answer recordedOutcome = ledger.post(outcomes, outcome("o1", "MET"));

        assertThat(recordedOutcome.status()).isEqualTo(201);
        assertThat(recordedOutcome.text("introductionId")).isEqualTo("i1");
        assertThat(recordedOutcome.text("outcomeId")).isEqualTo("o1");
        assertThat(recordedOutcome.headers().getLocation()).hasPath(ledger.path(outcomes + "/o1"));
        assertThat(ledger.eventsOf(Ids::introduction, "i1"))
                .last()
                .isEqualTo(new IntroductionOutcomeRecorded(ledger.id(), "i1", "o1", IntroductionOutcome.MET,
                                                           Instant.parse("2024-02-27T09:00:00Z"), "coffee",
                                                           "ana"));
    }

    @Test
    void outcomesWithoutAnIdAreEachRecorded() {
        String outcomes = madeIntroduction();

        Answer met = ledger.post(outcomes, """
                {"outcome": "MET", "occurredAt": "2024-02-27T09:00:00Z"}""");
        Answer hired = ledger.post(outcomes, """
                {"outcome": "HIRED", "occurredAt": "2024-04-01T09:00:00Z"}""");

        assertThat(UUID.fromString(met.text("outcomeId"))).isNotEqualTo(UUID.fromString(hired.text("outcomeId")));
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(3);
    }

    @Test
    void recordingTheSameOutcomeAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain(madeIntroduction(), outcome("o1", "MET"), 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void anOutcomeIdInUseForAnotherOutcomeIsAConflict() {
        String outcomes = madeIntroduction();
        ledger.created(outcomes, outcome("o1", "MET"));

        ledger.refuses(outcomes, outcome("o1", "DEAL"), 409, "id-conflict");
    }

    @Test
    void everyMissingRequiredFieldOfAnOutcomeIsNamed() {
        ledger.refuses(madeIntroduction(), "{}", 400, "invalid-request").naming("occurredAt", "outcome");
    }

    @Test
    void anUnknownOutcomeIsNamedWithTheAllowedOnes() {
        Answer refused = ledger.refuses(madeIntroduction(), outcome("o1", "MARRIED"), 400, "invalid-request");

        assertThat(refused.errorAbout("outcome"))
                .isEqualTo("must be one of MET, OPPORTUNITY, HIRED, DEAL, NO_RESPONSE, DECLINED");
    }

    @Test
    void anOutcomeOfAnUnknownIntroductionIsNotFound() {
        ledger.refuses("/introductions/nothing/outcomes", outcome("o1", "MET"), 404, "unknown-introduction");
    }

    @Test
    void anIntroductionRefusedAnOutcomeBeforeItWasMadeTakesOutcomesOnceMade() {
        ledger.refuses("/introductions/i1/outcomes", outcome("o1", "MET"), 404, "unknown-introduction");

        String outcomes = madeIntroduction();

        assertThat(ledger.post(outcomes, outcome("o1", "MET")).status()).isEqualTo(201);
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void anOutcomeInAnUnknownLedgerIsNotFound() {
        ledger.refusedInAnUnknownLedger("/introductions/i1/outcomes", outcome("o1", "MET"));
    }

    @Test
    void anOutcomeCannotOccurBeforeTheIntroduction() {
        String beforeTheIntroduction = outcome("o1", "MET").replace("2024-02-27", "2024-02-19");

        ledger.refuses(madeIntroduction(), beforeTheIntroduction, 422, "out-of-order").naming("occurredAt");
    }

    @Test
    void anOutcomeCannotOccurInTheFuture() {
        ledger.refuses(madeIntroduction(), outcome("o1", "MET").replace("2024-02-27T09:00:00Z", tomorrow()),
                       422, "in-the-future");
    }
}
