package goodwill.query.depth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.LedgerEvent;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.ProjectionHarness;
import goodwill.query.QuerySideTest;
import goodwill.query.facts.CorrectedHistory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The breadth and depth report end to end: a history with corrections and merges ({@link CorrectedHistory})
 * appended to the event store, folded by the tracking processor and read back over HTTP as JSON and CSV, as of
 * a time given or, without one, as of the test clock's now.
 */
@QuerySideTest
class DepthApiTest extends EndToEndTest {

    private static final Instant NOW = Instant.parse("2024-08-01T00:00:00Z");

    @Autowired
    DepthProjection projection;
    @Autowired
    DepthStore store;

    DepthApiTest() {
        super(NOW);
    }

    private HttpAnswer get(String query, MediaType accept) {
        return api.get(ledgerPath("/depth" + query), accept);
    }

    /** Records {@link CorrectedHistory} and waits until the projection has caught up with it. */
    private void awaitHistory() {
        readModels.recordInOneCommit(CorrectedHistory.of(ledgerId));
        readModels.awaitCaughtUp(DepthProjection.PROCESSING_GROUP);
    }

    @Test
    void theReportCountsDepthsMeasuresConcentrationAndFindsDormantTies() {
        awaitHistory();

        JsonNode report = get("", MediaType.APPLICATION_JSON).json();

        assertThat(report.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(report.path("asOf").asText()).as("the clock's now").isEqualTo("2024-08-01T00:00:00Z");
        JsonNode counts = report.path("counts");
        assertThat(counts.fieldNames()).toIterable().containsExactly("NONE", "ONE_TOUCH", "TWO_WAY", "RECURRING", "DEEP");
        assertThat(counts.path("RECURRING").asInt()).isEqualTo(3);
        assertThat(counts.path("DEEP").asInt()).isZero();
        JsonNode share = report.path("topDecileShare");
        assertThat(share.path("contacts").asInt()).isEqualTo(1);
        assertThat(share.path("receivedFromTop").asDouble()).as("Cy's amended favor").isEqualTo(7.5);
        assertThat(share.path("receivedTotal").asDouble()).isEqualTo(17.0);
        assertThat(share.path("share").asDouble()).isEqualTo(7.5 / 17);
        JsonNode dormant = report.path("dormantTies");
        assertThat(dormant.findValuesAsText("contactId")).as("Cy mattered more, but is archived").containsExactly("bo");
        assertThat(dormant.get(0).path("name").asText()).isEqualTo("Bo Chen");
        assertThat(dormant.get(0).path("mattered").asDouble()).isEqualTo(6.0);
        assertThat(dormant.get(0).path("lastInvestedAt").asText()).isEqualTo("2023-07-01T10:00:00Z");
        assertThat(dormant.get(0).path("monthsSinceInvestment").asInt()).isEqualTo(13);
        assertThat(dormant.get(0).path("why").asText()).contains("2023-07-01", "13 months");
        JsonNode contacts = report.path("contacts");
        assertThat(contacts.findValuesAsText("contactId")).containsExactly("cy", "bo", "di");
        JsonNode di = contacts.get(2);
        assertThat(di.path("name").asText()).isEqualTo("Di Evans");
        assertThat(di.path("depth").asText()).isEqualTo("RECURRING");
        assertThat(di.path("interactions").asInt()).as("two introductions, a favor of Di and one of Fa").isEqualTo(4);
        assertThat(di.path("months").asInt()).isEqualTo(4);
        assertThat(di.path("given").asDouble()).isZero();
        assertThat(di.path("received").asDouble()).isEqualTo(3.5);
        assertThat(di.path("firstAt").asText()).isEqualTo("2023-07-01T10:00:00Z");
        assertThat(di.path("lastAt").asText()).isEqualTo("2023-12-01T10:00:00Z");
        assertThat(contacts.get(0).path("archived").asBoolean()).isTrue();
    }

    @Test
    void asOfAnEarlierTimeOnlyWhatHadHappenedCountsAndTheDepthFilterNarrowsTheList() {
        awaitHistory();

        JsonNode early = get("?asOf=2023-03-01T00:00:00Z", MediaType.APPLICATION_JSON).json();
        JsonNode none = get("?asOf=2023-03-01T00:00:00Z&depth=none", MediaType.APPLICATION_JSON).json();

        assertThat(early.path("asOf").asText()).isEqualTo("2023-03-01T00:00:00Z");
        assertThat(early.path("counts").path("ONE_TOUCH").asInt()).isEqualTo(1);
        assertThat(early.path("counts").path("NONE").asInt()).isEqualTo(2);
        assertThat(early.path("contacts").findValuesAsText("depth")).containsExactly("ONE_TOUCH", "NONE", "NONE");
        assertThat(early.path("topDecileShare").path("share").isNull()).isTrue();
        assertThat(none.path("contacts").findValuesAsText("contactId")).containsExactlyInAnyOrder("cy", "di");
        assertThat(none.path("counts")).isEqualTo(early.path("counts"));
    }

    @Test
    void theContactsAsCsvHaveAHeaderRowAndOneRowEach() {
        awaitHistory();

        HttpAnswer csv = get("?depth=RECURRING", HttpAnswer.CSV);

        csv.isCsv("contactId,name,depth,interactions,months,given,received,firstAt,lastAt,archived");
        List<Map<String, String>> rows = csv.csvRows();
        assertThat(rows).extracting(row -> row.get("contactId")).containsExactly("cy", "bo", "di");
        assertThat(rows.get(1)).containsEntry("name", "Bo Chen").containsEntry("depth", "RECURRING")
                               .containsEntry("interactions", "4").containsEntry("given", "3.0")
                               .containsEntry("received", "6.0").containsEntry("firstAt", "2023-02-10T10:00:00Z")
                               .containsEntry("archived", "false");
    }

    @Test
    void anUnknownLedgerIsNotFoundAsJsonAndAsCsv() {
        api.getAsJsonAndCsv(ledgerPath("/depth")).forEach(answer -> answer.isProblem(404, "unknown-ledger"));
    }

    @Test
    void aDepthThatIsNoneOfTheAllowedIsABadRequestNamingThem() {
        awaitHistory();
        HttpAnswer answer = get("?depth=SHALLOW", MediaType.APPLICATION_JSON);

        answer.isProblem(400, "invalid-depth");
        assertThat(answer.json().path("parameter").asText()).isEqualTo("depth");
        assertThat(answer.json().path("allowed")).extracting(JsonNode::asText)
                .containsExactly("NONE", "ONE_TOUCH", "TWO_WAY", "RECURRING", "DEEP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "%2B999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z"})
    void anAsOfThatIsNoInstantOrOutOfRangeIsABadRequestAsJsonAndAsCsv(String asOf) {
        awaitHistory();
        for (HttpAnswer answer : api.getAsJsonAndCsv(ledgerPath("/depth?asOf=" + asOf))) {
            answer.isProblem(400, "invalid-as-of");
            assertThat(answer.json().path("parameter").asText()).isEqualTo("asOf");
        }
    }

    @Test
    void theProjectionKeepsWhatTheFoldComputesEventByEventAndInOneBatch() {
        String byHand = "l-" + UUID.randomUUID();
        List<LedgerEvent> history = CorrectedHistory.of(byHand);
        new ProjectionHarness(projection).oneByOne(history);
        assertThat(store.facts.load(byHand)).isEqualTo(DepthFold.fold(history));

        awaitHistory();
        assertThat(store.facts.load(ledgerId)).isEqualTo(DepthFold.fold(CorrectedHistory.of(ledgerId)));
    }

    @Test
    void replayingTheProjectionRebuildsTheSameReport() {
        awaitHistory();
        List<String> paths = List.of(ledgerPath("/depth"), ledgerPath("/depth?asOf=2023-03-01T00:00:00Z"),
                                     ledgerPath("/depth?depth=RECURRING"));
        List<String> before = api.jsonBodies(paths);
        readModels.replay(DepthProjection.PROCESSING_GROUP);

        assertThat(api.jsonBodies(paths)).isEqualTo(before);
    }
}
