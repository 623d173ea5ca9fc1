package goodwill.ops.replay;

import static goodwill.ops.ReadModelSnapshots.assertSameReadModels;
import static goodwill.ops.ReadModelSnapshots.awaitProcessors;
import static goodwill.ops.ReadModelSnapshots.readModels;
import static goodwill.ops.ReadModelSnapshots.replayEveryTrackingProcessor;
import static goodwill.ops.ReadModelSnapshots.replayed;
import static goodwill.ops.ProcessorsCaughtUp.caughtUp;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import goodwill.ops.AppTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Every processor split into four segments by ledger, on one node: each claims all four, the ledgers' events are
 * spread over them, and the read models kept live are those a replay of every processor from scratch builds.
 */
@AppTest
@TestPropertySource(properties = "goodwill.processors.segments=4")
class SegmentedProcessorsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int LEDGERS = 8;

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoDatabase database;

    @Test
    void fourSegmentsOnOneNodeKeepTheReadModelsAReplayBuilds() {
        List<String> ledgers = new ArrayList<>();
        List<String> mes = new ArrayList<>();
        List<List<String>> people = new ArrayList<>();
        for (int l = 0; l < LEDGERS; l++) {
            JsonNode opened = http.postForObject("/api/ledgers", Map.of("ownerName", "Owner " + l), JsonNode.class);
            ledgers.add(opened.path("ledgerId").asText());
            mes.add(opened.path("meId").asText());
            List<String> contacts = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                contacts.add(http.postForObject("/api/ledgers/" + ledgers.get(l) + "/contacts",
                                                Map.of("displayName", "Person " + l + "-" + c), JsonNode.class)
                                 .path("contactId").asText());
            }
            people.add(contacts);
        }
        // Interleaved across the ledgers, so that every segment has work at every moment.
        for (int round = 0; round < 4; round++) {
            for (int l = 0; l < LEDGERS; l++) {
                String contact = people.get(l).get(round % 3);
                boolean mine = round % 2 == 0;
                assertThat(http.postForEntity("/api/ledgers/" + ledgers.get(l) + "/favors", Map.of(
                        "giverId", mine ? mes.get(l) : contact, "receiverId", mine ? contact : mes.get(l),
                        "kind", "ADVICE", "weight", 1 + round, "asked", round % 3 == 0,
                        "occurredAt", Instant.parse("2026-01-01T10:00:00Z").plusSeconds(86_400L * round).toString()),
                                                JsonNode.class).getStatusCode().value()).isEqualTo(201);
            }
        }
        JsonNode live = awaitProcessors(http, PATIENCE, processors -> caughtUp(processors) && allClaimed(processors));
        Map<String, List<Document>> before = readModels(database);

        List<String> replayedNow = replayEveryTrackingProcessor(http, live);
        awaitProcessors(http, PATIENCE, processors -> caughtUp(processors) && allClaimed(processors)
                                                     && replayed(processors, replayedNow));

        assertThat(replayedNow).contains("reciprocity", "journal", "contacts", "advocacy");
        assertThat(before.get("reciprocity_balances")).as("balances of every ledger").hasSizeGreaterThanOrEqualTo(
                LEDGERS * 3);
        assertSameReadModels(before, readModels(database), "replayed in four segments against live");
    }

    /** Every tracking processor holds its four segments, each at a position. */
    private static boolean allClaimed(JsonNode processors) {
        for (JsonNode processor : processors) {
            if (processor.path("tracking").asBoolean()
                    && (processor.path("segments").size() != 4
                        || processor.path("segments").findValues("position").stream().anyMatch(JsonNode::isNull))) {
                return false;
            }
        }
        return true;
    }
}
