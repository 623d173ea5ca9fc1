package goodwill.query.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.ContactsMerged;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.QuerySideTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Commitments end to end: events appended to the event store, as the command side would, are folded by the
 * tracking processor and read back over HTTP as JSON and CSV, on a day fixed by the test's clock.
 */
@QuerySideTest
class CommitmentsApiTest extends EndToEndTest {

    /** Today, for every request of this test: late in the evening, so that a day in another zone would show. */
    private static final Instant NOW = Instant.parse("2024-03-20T23:30:00Z");

    CommitmentsApiTest() {
        super(NOW);
    }

    private CommitmentMade made(String commitmentId, String promiserId, String promiseeId, String dueOn) {
        return new CommitmentMade(ledgerId, commitmentId, promiserId, promiseeId, "intro to " + promiseeId,
                                  dueOn == null ? null : LocalDate.parse(dueOn), MARCH);
    }

    private HttpAnswer get(String query, MediaType accept) {
        return api.get(ledgerPath("/commitments" + query), accept);
    }

    /** Waits until the projection has caught up as far as the number of resolved commitments shows. */
    private JsonNode awaitCommitments(int count, int resolved) {
        readModels.awaitCaughtUp(CommitmentsProjection.PROCESSING_GROUP);
        return api.awaitJson(ledgerPath("/commitments"),
                view -> view.path("commitments").size() == count
                        && view.path("commitments").findValuesAsText("status").stream()
                               .filter(status -> !status.equals("OPEN")).count() == resolved);
    }

    private static List<String> ids(JsonNode view) {
        return view.path("commitments").findValuesAsText("commitmentId");
    }

    @Test
    void commitmentsAreListedByDueDayWithTheirResolutionAndOverdueAsOfToday() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy");
        readModels.record(made("c1", "me", "bo", "2024-03-25"),
                          made("c2", "bo", "me", "2024-03-10"),
                          made("c3", "me", "cy", null),
                          made("c4", "cy", "me", "2024-03-20"),
                          made("c5", "me", "bo", "2024-03-01"),
                          new CommitmentKept(ledgerId, "c5", "f1", APRIL));

        JsonNode view = awaitCommitments(5, 1);

        assertThat(view.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(view.path("meId").asText()).isEqualTo("me");
        assertThat(ids(view)).containsExactly("c5", "c2", "c4", "c1", "c3");
        JsonNode kept = view.path("commitments").get(0);
        assertThat(kept.path("status").asText()).isEqualTo("KEPT");
        assertThat(kept.path("resolvedAt").asText()).isEqualTo("2024-04-01T10:00:00Z");
        assertThat(kept.path("favorId").asText()).isEqualTo("f1");
        assertThat(kept.path("overdue").asBoolean()).isFalse();
        JsonNode late = view.path("commitments").get(1);
        assertThat(late.path("promiserId").asText()).isEqualTo("bo");
        assertThat(late.path("promiseeId").asText()).isEqualTo("me");
        assertThat(late.path("what").asText()).isEqualTo("intro to me");
        assertThat(late.path("dueOn").asText()).isEqualTo("2024-03-10");
        assertThat(late.path("madeAt").asText()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(late.path("overdue").asBoolean()).isTrue();
        assertThat(view.path("commitments").get(2).path("overdue").asBoolean()).as("due today").isFalse();
        assertThat(view.path("commitments").get(4).path("dueOn").isNull()).isTrue();
    }

    @Test
    void keptRatesCountKeptOverKeptAndBrokenForMeAndEveryPromiser() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy");
        readModels.record(made("c1", "bo", "me", null), new CommitmentKept(ledgerId, "c1", null, APRIL),
                          made("c2", "bo", "me", null), new CommitmentBroken(ledgerId, "c2", APRIL),
                          made("c3", "bo", "cy", null), new CommitmentReleased(ledgerId, "c3", APRIL),
                          made("c4", "cy", "me", "2024-03-01"));

        JsonNode rates = awaitCommitments(4, 3).path("keptRates");

        assertThat(rates.findValuesAsText("personId")).containsExactly("me", "bo", "cy");
        assertThat(rates.get(0).path("keptRate").isNull()).isTrue();
        JsonNode bo = rates.get(1);
        assertThat(bo.path("kept").asInt()).isEqualTo(1);
        assertThat(bo.path("broken").asInt()).isEqualTo(1);
        assertThat(bo.path("released").asInt()).isEqualTo(1);
        assertThat(bo.path("open").asInt()).isZero();
        assertThat(bo.path("keptRate").asDouble()).isEqualTo(0.5);
        assertThat(rates.get(2).path("open").asInt()).isEqualTo(1);
    }

    @Test
    void theStatusAndPersonFiltersNarrowTheListAndThePersonTheRates() {
        readModels.openLedger(ledgerId, OPENED, "bo", "cy", "di");
        readModels.record(made("c1", "me", "bo", "2024-03-01"),
                          made("c2", "cy", "me", "2024-03-01"), new CommitmentBroken(ledgerId, "c2", APRIL),
                          made("c3", "di", "me", "2024-03-02"), new CommitmentKept(ledgerId, "c3", null, APRIL),
                          new ContactsMerged(ledgerId, "cy", "di", APRIL));
        awaitCommitments(3, 2);

        assertThat(ids(get("?status=OVERDUE", MediaType.APPLICATION_JSON).json())).containsExactly("c1");
        assertThat(ids(get("?status=broken", MediaType.APPLICATION_JSON).json())).containsExactly("c2");
        JsonNode cy = get("?person=di", MediaType.APPLICATION_JSON).json();
        assertThat(ids(cy)).containsExactly("c2", "c3");
        assertThat(cy.path("commitments").findValuesAsText("promiserId")).containsOnly("cy");
        assertThat(cy.path("keptRates").findValuesAsText("personId")).containsExactly("cy");
        assertThat(cy.path("keptRates").get(0).path("keptRate").asDouble()).isEqualTo(0.5);
        JsonNode bo = get("?person=bo&status=KEPT", MediaType.APPLICATION_JSON).json();
        assertThat(ids(bo)).isEmpty();
        assertThat(bo.path("keptRates").get(0).path("keptRate").isNull()).isTrue();
    }

    @Test
    void theCommitmentsAsCsvHaveAHeaderRowAndOneRowEach() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        readModels.record(made("c1", "me", "bo", "2024-03-01"), made("c2", "bo", "me", null),
                          new CommitmentReleased(ledgerId, "c2", APRIL));
        awaitCommitments(2, 1);

        HttpAnswer csv = get("", HttpAnswer.CSV);

        csv.isCsv("ledgerId,commitmentId,promiserId,promiseeId,what,dueOn,madeAt,status,resolvedAt,favorId,overdue");
        List<Map<String, String>> rows = csv.csvRows();
        assertThat(rows).extracting(row -> row.get("commitmentId")).containsExactly("c1", "c2");
        assertThat(rows.get(0)).containsEntry("dueOn", "2024-03-01").containsEntry("status", "OPEN")
                               .containsEntry("overdue", "true").containsEntry("madeAt", "2024-03-01T10:00:00Z");
        assertThat(rows.get(1)).containsEntry("status", "RELEASED").containsEntry("dueOn", "")
                               .containsEntry("resolvedAt", "2024-04-01T10:00:00Z").containsEntry("overdue", "false");
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        readModels.record(made("c1", "me", "bo", "2024-03-01"));
        awaitCommitments(1, 0);

        HttpAnswer anything = get("", MediaType.ALL);

        anything.isJson();
        assertThat(ids(anything.json())).containsExactly("c1");
    }

    @Test
    void anUnknownLedgerIsNotFoundAsJsonAndAsCsv() {
        api.getAsJsonAndCsv(ledgerPath("/commitments")).forEach(answer -> answer.isProblem(404, "unknown-ledger"));
    }

    @Test
    void anUnknownPersonIsNotFound() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        awaitCommitments(0, 0);

        get("?person=nobody", MediaType.APPLICATION_JSON).isProblem(404, "unknown-contact");
    }

    @Test
    void aStatusThatIsNoneOfTheAllowedIsABadRequestNamingThem() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        awaitCommitments(0, 0);

        HttpAnswer answer = get("?status=LATE", MediaType.APPLICATION_JSON);

        answer.isProblem(400, "invalid-status");
        assertThat(answer.json().path("allowed")).extracting(JsonNode::asText)
                .containsExactly("OPEN", "KEPT", "BROKEN", "RELEASED", "OVERDUE");
        assertThat(answer.json().path("detail").asText()).contains("LATE", "OPEN, KEPT, BROKEN, RELEASED, OVERDUE");
    }

    @Test
    void replayingTheProjectionRebuildsTheSameCommitments() {
        readModels.openLedger(ledgerId, OPENED, "bo");
        readModels.record(made("c1", "me", "bo", "2024-03-01"), new CommitmentKept(ledgerId, "c1", null, APRIL),
                          made("c2", "bo", "me", null));
        JsonNode before = awaitCommitments(2, 1);

        readModels.replay(CommitmentsProjection.PROCESSING_GROUP);

        assertThat(awaitCommitments(2, 1)).isEqualTo(before);
    }
}
