package goodwill.query.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.ContactAdded;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.EndToEndTest;
import goodwill.query.HttpAnswer;
import goodwill.query.QuerySideTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The reports end to end: a small history recorded on several days (with a late entry and a retraction), read back
 * over HTTP as JSON and CSV on either basis, compared between two dates, and as trailing returns; the same after
 * the ledger history is rebuilt.
 * <p>
 * Recorded: 2024-01-01 the ledger, Ana and Bo; 2024-01-10 f3 me → Bo (weight 1, asked); 2024-02-01 f1 me → Ana
 * (2, asked); 2024-04-01 f1 retracted; 2024-06-01 f2 Bo → me (3, asked) done on 2024-02-15.
 */
@QuerySideTest
class ReportsApiTest extends EndToEndTest {

    private static final Instant NOW = Instant.parse("2024-08-01T00:00:00Z");

    ReportsApiTest() {
        super(NOW);
    }

    @BeforeEach
    void recordHistory() {
        recordOn("2024-01-01", new LedgerOpened(ledgerId, "me", "Me", at("2024-01-01")),
                 new ContactAdded(ledgerId, "ana", "Ana", null, null, null, List.of(), null, at("2024-01-01")),
                 new ContactAdded(ledgerId, "bo", "Bo", null, null, null, List.of(), null, at("2024-01-01")));
        recordOn("2024-01-10", favor("f3", "me", "bo", 1, "2024-01-10"));
        recordOn("2024-02-01", favor("f1", "me", "ana", 2, "2024-02-01"));
        recordOn("2024-04-01", new FavorRetracted(ledgerId, "f1", "a mistake", at("2024-04-01")));
        recordOn("2024-06-01", favor("f2", "bo", "me", 3, "2024-02-15"));
        readModels.awaitCaughtUp(LedgerHistoryProjection.PROCESSING_GROUP);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private FavorRecorded favor(String id, String giver, String receiver, int weight, String day) {
        return new FavorRecorded(ledgerId, id, giver, receiver, FavorKind.ADVICE, weight, true, at(day), null, null, null);
    }

    private void recordOn(String day, LedgerEvent... events) {
        readModels.recordAt(at(day), Map.of(), events);
    }

    private HttpAnswer get(String path, MediaType accept) {
        return api.get(ledgerPath(path), accept);
    }

    private JsonNode json(String path) {
        HttpAnswer answer = get(path, MediaType.APPLICATION_JSON);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static double balanceOf(JsonNode report, String contactId) {
        for (JsonNode balance : report.path("balances").path("balances")) {
            if (balance.path("contactId").asText().equals(contactId)) {
                return balance.path("balance").asDouble();
            }
        }
        throw new AssertionError(contactId + " has no balance in " + report);
    }

    @Test
    void onTheRecordedBasisAReportSaysWhatTheLedgerSaidThen() {
        JsonNode report = json("/reports/as-of?date=2024-03-01&basis=recorded");

        assertThat(report.path("asOf").asText()).isEqualTo("2024-03-01T23:59:59.999999999Z");
        assertThat(report.path("basis").asText()).isEqualTo("RECORDED");
        assertThat(report.path("events").asInt()).isEqualTo(5);
        assertThat(balanceOf(report, "ana")).as("the retraction was recorded later").isEqualTo(2.0);
        assertThat(balanceOf(report, "bo")).as("Bo's favor was recorded later").isEqualTo(1.0);
        assertThat(report.path("owedToMe").path("contacts").findValuesAsText("contactId")).containsExactly("ana", "bo");
        assertThat(report.path("iOwe").path("contacts")).isEmpty();
    }

    @Test
    void onTheOccurredBasisAReportSaysWhatHadHappenedAsKnownNow() {
        JsonNode report = json("/reports/as-of?date=2024-03-01");

        assertThat(report.path("basis").asText()).isEqualTo("OCCURRED");
        assertThat(balanceOf(report, "ana")).as("retracted").isEqualTo(0.0);
        assertThat(balanceOf(report, "bo")).as("1 given, 3 received").isEqualTo(-2.0);
        assertThat(report.path("iOwe").path("contacts").findValuesAsText("contactId")).containsExactly("bo");
        assertThat(report.path("advocates").path("advocates").get(0).path("contactId").asText()).isEqualTo("bo");
        assertThat(report.path("advocates").path("asOf").asText()).isEqualTo("2024-03-01T23:59:59.999999999Z");
        assertThat(json("/reports/as-of?date=2024-02-14T00:00:00Z").path("balances").path("balances").findValuesAsText("balance"))
                .as("Bo's favor had not happened yet").containsExactly("0.0", "1.0");
    }

    @Test
    void withoutADateTheReportIsTheLiveReadModels() {
        readModels.awaitCaughtUp("reciprocity");
        readModels.awaitCaughtUp("advocacy");

        JsonNode report = json("/reports/as-of");

        assertThat(report.path("asOf").asText()).isEqualTo(NOW.toString());
        assertThat(report.path("balances")).isEqualTo(json("/reciprocity"));
        assertThat(report.path("owedToMe")).isEqualTo(json("/reciprocity/owed-to-me"));
        assertThat(report.path("iOwe")).isEqualTo(json("/reciprocity/i-owe"));
        assertThat(report.path("emptyAccounts")).isEqualTo(json("/reciprocity/empty-accounts"));
        assertThat(report.path("dontInvest")).isEqualTo(json("/reciprocity/dont-invest"));
        JsonNode live = json("/advocates?limit=500");
        assertThat(report.path("advocates").path("advocates")).isEqualTo(live.path("advocates"));
        assertThat(report.path("advocates").path("total")).isEqualTo(live.path("total"));
        assertThat(json("/reports/as-of?basis=recorded").path("balances")).isEqualTo(json("/reciprocity"));
    }

    @Test
    void aComparisonNamesWhoseBalanceMovedAndTheEventsThatMovedIt() {
        JsonNode comparison = json("/reports/compare?from=2024-01-31&to=2024-03-01&basis=occurred");

        assertThat(comparison.path("from").asText()).isEqualTo("2024-01-31T23:59:59.999999999Z");
        assertThat(comparison.path("balancesMoved").get(0).asText()).isEqualTo("bo");
        assertThat(comparison.path("rose").toString()).isEqualTo("[\"bo\"]");
        assertThat(comparison.path("fell").toString()).as("ranked by name while neither had done anything").isEqualTo("[\"ana\"]");
        assertThat(comparison.path("balancesMoved")).hasSize(1);
        JsonNode bo = comparison.path("changes").findParents("contactId").stream()
                                .filter(change -> change.path("contactId").asText().equals("bo")).findFirst().orElseThrow();
        assertThat(bo.path("balanceFrom").asDouble()).isEqualTo(1.0);
        assertThat(bo.path("balanceTo").asDouble()).isEqualTo(-2.0);
        assertThat(bo.path("balanceChange").asDouble()).isEqualTo(-3.0);
        assertThat(bo.path("events").findValuesAsText("type")).containsExactly("FavorRecorded");
        assertThat(bo.path("events").get(0).path("summary").path("favorId").asText()).isEqualTo("f2");

        HttpAnswer csv = get("/reports/compare?from=2024-01-31&to=2024-03-01", HttpAnswer.CSV);
        csv.isCsv();
        assertThat(csv.csvRows()).filteredOn(row -> row.get("contactId").equals("bo"))
                                 .extracting(row -> row.get("balanceChange"), row -> row.get("events"))
                                 .containsExactly(tuple("-3.0", "1"));
    }

    @Test
    void trailingReturnsMeasureTheLagFromFirstInvestmentToFirstReturnAndTheCohorts() {
        JsonNode returns = json("/reports/returns?period=month");

        JsonNode bo = returns.path("relationships").get(0);
        assertThat(returns.path("relationships")).as("Ana's only favor was retracted").hasSize(1);
        assertThat(bo.path("contactId").asText()).isEqualTo("bo");
        assertThat(bo.path("firstInvestment").path("favorId").asText()).isEqualTo("f3");
        assertThat(bo.path("firstReturn").path("favorId").asText()).isEqualTo("f2");
        assertThat(bo.path("lagDays").asInt()).isEqualTo(36);
        assertThat(bo.path("months").findValuesAsText("month")).containsExactly("2024-01", "2024-02");
        JsonNode cohort = returns.path("cohorts").get(0);
        assertThat(cohort.path("cohort").asText()).isEqualTo("2024-01");
        assertThat(cohort.path("cells").get(0).path("returned").asInt()).isEqualTo(1);
        assertThat(cohort.path("cells").get(1).path("known").asBoolean()).as("2024-02-01 + 6 months is now").isTrue();
        assertThat(cohort.path("cells").get(2).path("known").asBoolean()).as("2024-02-01 + 12 months is after now").isFalse();
        assertThat(cohort.path("cells").get(2).path("returned").isNull()).isTrue();

        List<Map<String, String>> cells = get("/reports/returns?section=cohorts", HttpAnswer.CSV).csvRows();
        assertThat(cells).extracting(row -> row.get("months")).containsExactly("3", "6", "12", "24");
        assertThat(cells.get(0)).containsEntry("cohort", "2024-Q1").containsEntry("returned", "1").containsEntry("receivedWeighted", "3.0");
        assertThat(get("/reports/returns", HttpAnswer.CSV).csvRows()).extracting(row -> row.get("lagDays")).containsExactly("36");
        assertThat(get("/reports/returns?section=months", HttpAnswer.CSV).csvRows()).hasSize(2);
        assertThat(get("/reports/returns?section=lags", HttpAnswer.CSV).csvRows()).hasSize(1);
        assertThat(get("/reports/returns?section=introductions", HttpAnswer.CSV).status()).isEqualTo(200);
    }

    @Test
    void anAsOfReportAnswersEachOfItsListsAsCsv() {
        HttpAnswer balances = get("/reports/as-of?date=2024-03-01&basis=recorded", HttpAnswer.CSV);
        HttpAnswer owed = get("/reports/as-of?date=2024-03-01&basis=recorded&section=owed-to-me", HttpAnswer.CSV);
        HttpAnswer advocates = get("/reports/as-of?date=2024-03-01&section=advocates", HttpAnswer.CSV);

        assertThat(balances.body()).startsWith("contactId,displayName,archived,balance,");
        assertThat(balances.csvRows()).extracting(row -> row.get("contactId")).containsExactly("ana", "bo");
        assertThat(owed.csvRows()).extracting(row -> row.get("balance")).containsExactly("2.0", "1.0");
        assertThat(advocates.csvRows()).extracting(row -> row.get("contactId")).containsExactly("bo", "ana");
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        Map<String, String> codes = Map.ofEntries(
                Map.entry("/reports/as-of?date=2024-13-01", "invalid-date"),
                Map.entry("/reports/as-of?date=yesterday", "invalid-date"),
                Map.entry("/reports/as-of?date=-999999999-01-01T00:00:00Z", "invalid-date"),
                Map.entry("/reports/as-of?basis=whenever", "invalid-basis"),
                Map.entry("/reports/as-of?section=everything", "invalid-section"),
                Map.entry("/reports/compare?to=2024-03-01", "invalid-from"),
                Map.entry("/reports/compare?from=2024-03-01", "invalid-to"),
                Map.entry("/reports/compare?from=2024-03-01&to=2024-01-01", "invalid-to"),
                Map.entry("/reports/compare?from=2024-01-01&to=2024-03-01&basis=x", "invalid-basis"),
                Map.entry("/reports/returns?period=week", "invalid-period"),
                Map.entry("/reports/returns?section=x", "invalid-section"));
        codes.forEach((path, code) -> {
            get(path, MediaType.APPLICATION_JSON).isProblem(400, code);
        });
    }

    @Test
    void aReplayOfTheLedgerHistoryAnswersTheSame() {
        String path = "/reports/compare?from=2024-01-31&to=2024-03-01&basis=recorded";
        JsonNode before = json(path);
        JsonNode returns = json("/reports/returns");

        readModels.replay(LedgerHistoryProjection.PROCESSING_GROUP);

        assertThat(json(path)).isEqualTo(before);
        assertThat(json("/reports/returns")).isEqualTo(returns);
        assertThat(json("/reports/as-of?basis=recorded").path("events").asInt()).as("each event kept once").isEqualTo(7);
    }

    @Test
    void anUnknownLedgerIs404() {
        for (String path : List.of("/reports/as-of", "/reports/compare?from=2024-01-01&to=2024-02-01", "/reports/returns")) {
            HttpAnswer answer = api.get("/api/ledgers/nobody" + path, MediaType.APPLICATION_JSON);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.json().path("code").asText()).as(path).isEqualTo("unknown-ledger");
        }
    }
}
