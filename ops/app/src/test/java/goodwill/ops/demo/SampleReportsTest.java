package goodwill.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.ops.AppTest;
import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;

/**
 * The retrospective reports on the standard sample network (with its retractions, amendments, merges and archival),
 * in the Spring context {@code SampleAdvocatesTest} loads it in, on the network's last day: without a date the as-of
 * report is exactly what the live read models answer; with one, it is that day's.
 */
@AppTest
@Import(SampleAdvocatesTest.TheNetworksLastDay.class)
class SampleReportsTest {

    @Autowired
    DemoLoader loader;
    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;

    private JsonNode get(String path) {
        return http.getForObject("/api/ledgers/demo" + path, JsonNode.class);
    }

    @Test
    void withoutADateTheAsOfReportIsExactlyWhatTheLiveReadModelsAnswer() {
        loader.load(SampleNetwork.standard());
        awaitCaughtUp("reciprocity", "advocacy", "ledger-history");

        JsonNode report = get("/reports/as-of");

        assertThat(report.path("balances").path("balances").size()).isGreaterThan(200);
        assertThat(report.path("balances")).isEqualTo(get("/reciprocity"));
        assertThat(report.path("owedToMe")).isEqualTo(get("/reciprocity/owed-to-me"));
        assertThat(report.path("iOwe")).isEqualTo(get("/reciprocity/i-owe"));
        assertThat(report.path("emptyAccounts")).isEqualTo(get("/reciprocity/empty-accounts"));
        assertThat(report.path("dontInvest")).isEqualTo(get("/reciprocity/dont-invest"));
        assertThat(report.path("dontInvest").path("contacts")).isNotEmpty();
        JsonNode live = get("/advocates?limit=500");
        assertThat(report.path("advocates").path("advocates")).isEqualTo(live.path("advocates"));
        assertThat(report.path("advocates").path("total")).isEqualTo(live.path("total"));
        assertThat(report.path("advocates").path("asOf")).isEqualTo(live.path("asOf"));
        assertThat(get("/reports/as-of?basis=recorded").path("balances")).isEqualTo(get("/reciprocity"));
    }

    @Test
    void aYearEarlierTheLedgerHadHappenedInPartAndHadNotYetBeenRecorded() {
        loader.load(SampleNetwork.standard());
        awaitCaughtUp("ledger-history");

        JsonNode whole = get("/reports/as-of");
        JsonNode occurred = get("/reports/as-of?date=2025-01-01&basis=occurred");
        JsonNode recorded = get("/reports/as-of?date=2025-01-01&basis=recorded");
        JsonNode comparison = get("/reports/compare?from=2025-01-01&to=2026-01-01");
        JsonNode returns = get("/reports/returns");

        assertThat(occurred.path("events").asInt()).isPositive().isLessThan(whole.path("events").asInt());
        assertThat(occurred.path("advocates").path("advocates")).isNotEmpty();
        assertThat(recorded.path("events").asInt()).as("the network was recorded in one go, today").isZero();
        assertThat(recorded.path("balances").path("balances")).isEmpty();
        assertThat(comparison.path("rose")).isNotEmpty();
        assertThat(comparison.path("balancesMoved")).isNotEmpty();
        assertThat(returns.path("relationships").size()).isGreaterThan(100);
        assertThat(returns.path("cohorts")).isNotEmpty();
        assertThat(returns.path("reciprocationLags").get(0).path("count").asInt()).isPositive();
        assertThat(returns.path("introductions")).isNotEmpty();
    }

    private void awaitCaughtUp(String... groups) {
        long head = eventStore.createHeadToken().position().orElseThrow();
        for (String group : List.of(groups)) {
            TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
            await().atMost(Duration.ofMinutes(3)).until(() -> !processor.processingStatus().isEmpty()
                    && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()
                            && status.getCurrentPosition().orElse(-1) >= head));
        }
    }
}
