package goodwill.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.ops.AppTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The standard sample network, loaded through the single-node app, ranked as its cast says on the day it ends: its
 * five advocates are the advocate tier and the top five, and nobody else plays above their part.
 */
@AppTest
@Import(SampleAdvocatesTest.TheNetworksLastDay.class) // with classes given, a nested configuration is not found
class SampleAdvocatesTest {

    private static final Instant END = SampleNetwork.START.plusDays(SampleNetwork.SPAN_DAYS)
                                                          .atStartOfDay(ZoneOffset.UTC).toInstant();

    @TestConfiguration(proxyBeanMethods = false)
    public static class TheNetworksLastDay {

        @Bean
        Clock clock() {
            return Clock.fixed(END, ZoneOffset.UTC);
        }
    }

    @Autowired
    DemoLoader loader;
    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void theFiveAdvocatesAreTheAdvocateTierAndTheTopFiveAndTheRestPlayTheirParts() {
        SampleNetwork network = SampleNetwork.standard();
        loader.load(network);
        awaitAdvocacyCaughtUp();
        SampleNetwork.Cast cast = network.cast();

        JsonNode advocates = http.getForObject("/api/ledgers/demo/advocates?tier=ADVOCATE", JsonNode.class);
        JsonNode top = http.getForObject("/api/ledgers/demo/advocates?limit=5", JsonNode.class);
        JsonNode all = http.getForObject("/api/ledgers/demo/advocates?limit=500", JsonNode.class);

        assertThat(advocates.path("asOf").asText()).isEqualTo(END.toString());
        assertThat(advocates.path("total").asInt()).isEqualTo(5);
        assertThat(advocates.path("advocates").findValuesAsText("contactId"))
                .containsExactlyInAnyOrderElementsOf(cast.advocates());
        assertThat(top.path("advocates").findValuesAsText("contactId"))
                .containsExactlyInAnyOrderElementsOf(cast.advocates());
        Map<String, String> tiers = new HashMap<>();
        all.path("advocates").forEach(entry -> tiers.put(entry.path("contactId").asText(), entry.path("tier").asText()));
        assertThat(tiers).doesNotContainKeys(cast.mergedDuplicates().toArray(String[]::new));
        assertThat(cast.neverReciprocators()).allSatisfy(id -> assertThat(tiers.get(id)).isEqualTo("ACQUAINTANCE"));
        assertThat(cast.casual()).allSatisfy(id -> assertThat(tiers.get(id)).isEqualTo("ACQUAINTANCE"));
        assertThat(cast.dormant()).allSatisfy(id -> assertThat(tiers.get(id)).isIn("DORMANT", "ACQUAINTANCE"));
        assertThat(cast.dormant()).filteredOn(id -> tiers.get(id).equals("DORMANT")).hasSizeGreaterThan(cast.dormant().size() / 2);
        assertThat(cast.allies()).allSatisfy(id -> assertThat(tiers.get(id)).isNotEqualTo("ADVOCATE"));
        assertThat(cast.allies()).filteredOn(id -> tiers.get(id).equals("ALLY")).hasSizeGreaterThan(cast.allies().size() / 2);
    }

    /** Until the advocacy processor has handled everything the load recorded. */
    private void awaitAdvocacyCaughtUp() {
        long head = eventStore.createHeadToken().position().orElseThrow();
        TrackingEventProcessor processor = processing.eventProcessor("advocacy", TrackingEventProcessor.class)
                                                     .orElseThrow();
        await().atMost(Duration.ofMinutes(3)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()
                        && status.getCurrentPosition().orElse(-1) >= head));
    }
}
