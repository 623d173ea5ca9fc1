package goodwill.query.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.LedgerEvent;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.ProjectionHarness;
import goodwill.query.QuerySideTest;
import goodwill.query.facts.CorrectedHistory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Introductions end to end: a history with corrections and merges ({@link CorrectedHistory}) appended to the event
 * store, as the command side would, folded by the tracking processor and read back over HTTP as JSON and CSV.
 */
@QuerySideTest
class IntroductionsApiTest extends EndToEndTest {

    @Autowired
    IntroductionsProjection projection;
    @Autowired
    IntroductionsStore store;

    private HttpAnswer get(String path, MediaType accept) {
        return api.get(ledgerPath("/introductions" + path), accept);
    }

    /** Records {@link CorrectedHistory} and waits until the projection has caught up with it. */
    private JsonNode awaitHistory() {
        readModels.recordInOneCommit(CorrectedHistory.of(ledgerId));
        readModels.awaitCaughtUp(IntroductionsProjection.PROCESSING_GROUP);
        return get("", MediaType.APPLICATION_JSON).json();
    }

    @Test
    void introductionsAreListedNewestFirstWithNamesOutcomesAndWhetherTheyLedSomewhere() {
        JsonNode view = awaitHistory();

        assertThat(view.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(view.path("meId").asText()).isEqualTo("me");
        JsonNode introductions = view.path("introductions");
        assertThat(introductions.findValuesAsText("introductionId")).containsExactly("i2", "i1");
        JsonNode i2 = introductions.get(0);
        assertThat(i2.path("introducerName").asText()).isEqualTo("Carla Diaz");
        assertThat(i2.path("personBId").asText()).as("Ed was merged into Di").isEqualTo("di");
        assertThat(i2.path("personBName").asText()).isEqualTo("Di Evans");
        assertThat(i2.path("purpose").isNull()).isTrue();
        assertThat(i2.path("outcomes")).isEmpty();
        assertThat(i2.path("latestOutcome").isNull()).isTrue();
        assertThat(i2.path("ledSomewhere").asBoolean()).isFalse();
        JsonNode i1 = introductions.get(1);
        assertThat(i1.path("introducerId").asText()).isEqualTo("me");
        assertThat(i1.path("introducerName").asText()).isEqualTo("Ana Lopez");
        assertThat(i1.path("personAName").asText()).isEqualTo("Bo Chen");
        assertThat(i1.path("occurredAt").asText()).isEqualTo("2023-07-01T10:00:00Z");
        assertThat(i1.path("outcomes").findValuesAsText("outcome")).containsExactly("MET", "HIRED");
        assertThat(i1.path("outcomes").get(1).path("note").asText()).isEqualTo("Di hired Bo's friend");
        assertThat(i1.path("outcomes").get(1).path("occurredAt").asText()).isEqualTo("2023-09-01T10:00:00Z");
        assertThat(i1.path("latestOutcome").asText()).isEqualTo("HIRED");
        assertThat(i1.path("ledSomewhere").asBoolean()).isTrue();
        assertThat(i1.path("daysToLedSomewhere").asInt()).isEqualTo(62);
    }

    @Test
    void theFiltersNarrowByContactInAnyPartByIntroducerAndByOutcome() {
        awaitHistory();

        assertThat(ids(get("?contact=cy", MediaType.APPLICATION_JSON))).containsExactly("i2");
        assertThat(ids(get("?contact=fa", MediaType.APPLICATION_JSON))).as("Fa is Di now").containsExactly("i2", "i1");
        assertThat(ids(get("?introducer=me", MediaType.APPLICATION_JSON))).containsExactly("i1");
        assertThat(ids(get("?contact=bo&introducer=cy", MediaType.APPLICATION_JSON))).isEmpty();
        assertThat(ids(get("?outcome=hired", MediaType.APPLICATION_JSON))).containsExactly("i1");
        assertThat(ids(get("?contact=&outcome=", MediaType.APPLICATION_JSON))).containsExactly("i2", "i1");
    }

    private static List<String> ids(HttpAnswer answer) {
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().path("introductions").findValuesAsText("introductionId");
    }

    @Test
    void connectorsAreRankedByIntroductionsThatLedSomewhere() {
        awaitHistory();

        JsonNode connectors = get("/connectors", MediaType.APPLICATION_JSON).json().path("connectors");

        assertThat(connectors.findValuesAsText("introducerId")).containsExactly("me", "cy");
        JsonNode me = connectors.get(0);
        assertThat(me.path("name").asText()).isEqualTo("Ana Lopez");
        assertThat(me.path("introductions").asInt()).isEqualTo(1);
        assertThat(me.path("ledSomewhere").asInt()).isEqualTo(1);
        assertThat(me.path("rate").asDouble()).isEqualTo(1.0);
        assertThat(me.path("met").asInt()).isEqualTo(1);
        assertThat(me.path("hired").asInt()).isEqualTo(1);
        assertThat(me.path("lastIntroductionAt").asText()).isEqualTo("2023-07-01T10:00:00Z");
        assertThat(connectors.get(1).path("noOutcome").asInt()).isEqualTo(1);
        assertThat(connectors.get(1).path("rate").asDouble()).isZero();
    }

    @Test
    void myIntroductionsShowWhatPassedAfterwardsBetweenTheTwoAndBackToMe() {
        awaitHistory();

        JsonNode mine = get("/mine", MediaType.APPLICATION_JSON).json().path("introductions");

        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("introduction").path("introductionId").asText()).isEqualTo("i1");
        JsonNode afterwards = mine.get(0).path("afterwards");
        assertThat(afterwards.path("favorsBetween").asInt()).as("f6, Bo to Di").isEqualTo(1);
        assertThat(afterwards.path("favorsBetweenValue").asDouble()).isEqualTo(3.0);
        assertThat(afterwards.path("meetingsTogether").asInt()).isZero();
        assertThat(afterwards.path("favorsToMe").asInt()).as("f7 by Di, f8 by Fa (merged into Di)").isEqualTo(2);
        assertThat(afterwards.path("favorsToMeValue").asDouble()).isEqualTo(1.5 + 2);
    }

    @Test
    void everyListIsCsvWithAHeaderRowAndOneRowEach() {
        awaitHistory();

        HttpAnswer introductions = get("", HttpAnswer.CSV);
        introductions.isCsv("introductionId,introducerId,introducerName,personAId,personAName,personBId,personBName,"
                + "purpose,occurredAt,outcomes,latestOutcome,ledSomewhere,daysToLedSomewhere");
        List<Map<String, String>> rows = introductions.csvRows();
        assertThat(rows).extracting(row -> row.get("introductionId")).containsExactly("i2", "i1");
        assertThat(rows.get(1)).containsEntry("outcomes", "MET 2023-07-10T10:00:00Z;HIRED 2023-09-01T10:00:00Z")
                               .containsEntry("ledSomewhere", "true").containsEntry("daysToLedSomewhere", "62")
                               .containsEntry("personBName", "Di Evans");
        assertThat(rows.get(0)).containsEntry("latestOutcome", "").containsEntry("purpose", "");

        List<Map<String, String>> connectors = get("/connectors", HttpAnswer.CSV).csvRows();
        assertThat(connectors).extracting(row -> row.get("introducerId")).containsExactly("me", "cy");
        assertThat(connectors.get(0)).containsEntry("rate", "1.0").containsEntry("hired", "1");

        HttpAnswer mine = get("/mine", HttpAnswer.CSV);
        assertThat(mine.body().lines().findFirst()).contains(
                "introductionId,introducerId,introducerName,personAId,personAName,personBId,personBName,purpose,"
                        + "occurredAt,outcomes,latestOutcome,ledSomewhere,daysToLedSomewhere,favorsBetween,"
                        + "favorsBetweenValue,meetingsTogether,favorsToMe,favorsToMeValue");
        assertThat(mine.csvRows()).singleElement().satisfies(
                row -> assertThat(row).containsEntry("introductionId", "i1").containsEntry("favorsToMe", "2")
                                      .containsEntry("favorsToMeValue", "3.5"));
    }

    @Test
    void anUnknownLedgerIsNotFoundOnEveryEndpointAsJsonAndAsCsv() {
        for (String path : List.of("", "/connectors", "/mine")) {
            api.getAsJsonAndCsv(ledgerPath("/introductions" + path))
               .forEach(answer -> answer.isProblem(404, "unknown-ledger"));
        }
    }

    @Test
    void anUnknownContactOrIntroducerIsNotFound() {
        awaitHistory();

        for (String query : List.of("?contact=nobody", "?introducer=nobody")) {
            get(query, MediaType.APPLICATION_JSON).isProblem(404, "unknown-contact");
        }
    }

    @Test
    void anOutcomeThatIsNoneOfTheAllowedIsABadRequestNamingThem() {
        awaitHistory();
        HttpAnswer answer = get("?outcome=GHOSTED", MediaType.APPLICATION_JSON);

        answer.isProblem(400, "invalid-outcome");
        assertThat(answer.json().path("parameter").asText()).isEqualTo("outcome");
        assertThat(answer.json().path("allowed")).extracting(JsonNode::asText)
                .containsExactly("MET", "OPPORTUNITY", "HIRED", "DEAL", "NO_RESPONSE", "DECLINED");
    }

    @Test
    void theProjectionKeepsWhatTheFoldComputesEventByEventAndInOneBatch() {
        String byHand = "l-" + UUID.randomUUID();
        List<LedgerEvent> history = CorrectedHistory.of(byHand);
        new ProjectionHarness(projection).oneByOne(history);
        assertThat(store.facts.load(byHand)).isEqualTo(IntroductionsFold.fold(history));

        awaitHistory();
        assertThat(store.facts.load(ledgerId)).isEqualTo(IntroductionsFold.fold(CorrectedHistory.of(ledgerId)));
    }

    @Test
    void replayingTheProjectionRebuildsTheSameAnswers() {
        awaitHistory();
        List<String> paths = List.of(ledgerPath("/introductions"), ledgerPath("/introductions/connectors"),
                                     ledgerPath("/introductions/mine"), ledgerPath("/introductions?contact=fa"));
        List<String> before = api.jsonBodies(paths);
        readModels.replay(IntroductionsProjection.PROCESSING_GROUP);

        assertThat(api.jsonBodies(paths)).isEqualTo(before);
    }
}
