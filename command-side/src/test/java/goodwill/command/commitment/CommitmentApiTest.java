package goodwill.command.commitment;

import static goodwill.command.LedgerFixture.tomorrow;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@CommandSideTest
class CommitmentApiTest {

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");

    private static String commitment(String commitmentId, String promiserId, String promiseeId) {
        return """
                {"commitmentId": "%s", "promiserId": "%s", "promiseeId": "%s", "what": "introduce Ana to Bo",
                 "occurredAt": "2024-02-20T15:00:00Z", "dueOn": "2024-02-28"}"""
                .formatted(commitmentId, promiserId, promiseeId);
    }

    /** Commitment c1 of me to ana. */
    private String c1() {
        return commitment("c1", ledger.meId(), "ana");
    }

    private static String resolution(String status) {
        return """
                {"status": "%s", "occurredAt": "2024-02-27T09:00:00Z"}""".formatted(status);
    }

    /** Makes commitment c1 and answers the resource of its resolution. */
    private String madeCommitment() {
        ledger.created("/commitments", c1());
        return "/commitments/c1/resolution";
    }

    @Test
    void aCommitmentIsMadeWithItsLocation() {
        Answer made = ledger.post("/commitments", c1());

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.text("commitmentId")).isEqualTo("c1");
        assertThat(made.headers().getLocation()).hasPath(ledger.path("/commitments/c1"));
        assertThat(ledger.eventsOf(Ids::commitment, "c1"))
                .containsExactly(new CommitmentMade(ledger.id(), "c1", ledger.meId(), "ana", "introduce Ana to Bo",
                                                    LocalDate.parse("2024-02-28"),
                                                    Instant.parse("2024-02-20T15:00:00Z"), "ana"));
    }

    @Test
    void aCommitmentWithoutAnIdGetsAUuid() {
        Answer made = ledger.post("/commitments", """
                {"promiserId": "ana", "promiseeId": "bo", "what": "send the deck",
                 "occurredAt": "2024-02-20T15:00:00Z"}""");

        assertThat(made.status()).isEqualTo(201);
        assertThat(UUID.fromString(made.text("commitmentId"))).isNotNull();
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void makingTheSameCommitmentAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/commitments", c1(), 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void aCommitmentIdInUseForAnotherCommitmentIsAConflict() {
        ledger.created("/commitments", c1());

        ledger.refuses("/commitments", commitment("c1", "ana", ledger.meId()), 409, "id-conflict");
    }

    @Test
    void everyMissingRequiredFieldOfACommitmentIsNamed() {
        ledger.refuses("/commitments", "{}", 400, "invalid-request")
              .naming("occurredAt", "promiseeId", "promiserId", "what");
    }

    @Test
    void aDueDayThatIsNotADateIsNamed() {
        String dueNextWeek = c1().replace("2024-02-28", "next week");

        Answer refused = ledger.refuses("/commitments", dueNextWeek, 400, "invalid-request");

        assertThat(refused.errorAbout("dueOn")).isEqualTo("must be an ISO-8601 date such as 2024-03-01");
    }

    @Test
    void aPromiseTooLongIsNamed() {
        String tooLong = c1().replace("introduce Ana to Bo", "x".repeat(501));

        ledger.refuses("/commitments", tooLong, 400, "invalid-request").naming("what");
    }

    @Test
    void aPromiseToOneselfIsRefused() {
        ledger.refuses("/commitments", commitment("c1", "ana", "ana"), 422, "not-distinct").naming("promiseeId");
    }

    @Test
    void anUnknownPromiserIsNamed() {
        ledger.refuses("/commitments", commitment("c1", "stranger", "ana"), 422, "unknown-contact")
              .naming("promiserId");
    }

    @Test
    void aPromiseDueBeforeItWasMadeIsRefused() {
        String dueBefore = c1().replace("2024-02-28", "2024-02-01");

        ledger.refuses("/commitments", dueBefore, 422, "out-of-order").naming("dueOn");
    }

    @Test
    void aCommitmentCannotHaveBeenMadeInTheFuture() {
        String madeTomorrow = c1().replace("2024-02-20T15:00:00Z", tomorrow())
                                  .replace("\"dueOn\": \"2024-02-28\"", "\"dueOn\": null");

        ledger.refuses("/commitments", madeTomorrow, 422, "in-the-future");
    }

    @Test
    void aCommitmentCannotBeMadeInAnUnknownLedger() {
        ledger.refusedInAnUnknownLedger("/commitments", c1());
    }

    @Test
    void aCommitmentIsResolvedWithTheResolutionsLocation() {
        String resolution = madeCommitment();
        ledger.recordFavor("intro", ledger.meId(), "ana", "2024-02-26T15:00:00Z");

        Answer resolved = ledger.post(resolution, """
                {"status": "KEPT", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "intro"}""");

        assertThat(resolved.status()).isEqualTo(201);
        assertThat(resolved.text("commitmentId")).isEqualTo("c1");
        assertThat(resolved.text("status")).isEqualTo("KEPT");
        assertThat(resolved.headers().getLocation()).hasPath(ledger.path(resolution));
        assertThat(ledger.eventsOf(Ids::commitment, "c1"))
                .last()
                .isEqualTo(new CommitmentKept(ledger.id(), "c1", "intro", Instant.parse("2024-02-27T09:00:00Z")));
    }

    @Test
    void resolvingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain(madeCommitment(), resolution("BROKEN"), 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void aCommitmentIsResolvedAtMostOnce() {
        String resolution = madeCommitment();
        ledger.created(resolution, resolution("BROKEN"));

        ledger.refuses(resolution, resolution("RELEASED"), 409, "already-resolved");
    }

    @Test
    void everyMissingRequiredFieldOfAResolutionIsNamed() {
        ledger.refuses(madeCommitment(), "{}", 400, "invalid-request").naming("occurredAt", "status");
    }

    @Test
    void anUnknownStatusIsNamedWithTheAllowedOnes() {
        Answer refused = ledger.refuses(madeCommitment(), resolution("FORGOTTEN"), 400, "invalid-request");

        assertThat(refused.errorAbout("status")).isEqualTo("must be one of KEPT, BROKEN, RELEASED");
    }

    @Test
    void anUnknownFavorThatKeptACommitmentIsNamed() {
        String keptByNothing = """
                {"status": "KEPT", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""";

        ledger.refuses(madeCommitment(), keptByNothing, 422, "unknown-favor").naming("favorId");
    }

    @Test
    void aFavorNamedForABrokenCommitmentIsRefused() {
        String brokenWithAFavor = """
                {"status": "BROKEN", "occurredAt": "2024-02-27T09:00:00Z", "favorId": "nothing"}""";

        ledger.refuses(madeCommitment(), brokenWithAFavor, 422, "not-applicable").naming("favorId");
    }

    @Test
    void aResolutionOfAnUnknownCommitmentIsNotFound() {
        ledger.refuses("/commitments/nothing/resolution", resolution("KEPT"), 404, "unknown-commitment");
    }

    @Test
    void aResolutionInAnUnknownLedgerIsNotFound() {
        ledger.refusedInAnUnknownLedger("/commitments/c1/resolution", resolution("KEPT"));
    }

    @Test
    void aCommitmentCannotBeResolvedBeforeItWasMade() {
        String beforeItWasMade = resolution("KEPT").replace("2024-02-27", "2024-02-19");

        ledger.refuses(madeCommitment(), beforeItWasMade, 422, "out-of-order").naming("occurredAt");
    }

    @Test
    void aCommitmentCannotBeResolvedInTheFuture() {
        ledger.refuses(madeCommitment(), resolution("KEPT").replace("2024-02-27T09:00:00Z", tomorrow()),
                       422, "in-the-future");
    }
}
