package goodwill.ops.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.access.Accounts;
import goodwill.ops.AppTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A ledger's history exported over HTTP, as a member downloads it: NDJSON, a header line, then every event. */
@AppTest
class ExportApiTest {

    private static final List<String> FIELDS = List.of("position", "eventId", "type", "revision", "aggregateType", "aggregateId",
            "sequence", "occurredAt", "recordedAt", "recordedBy", "correlationId", "payload");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void aLedgersWholeHistoryIsOneEventALineInRecordedOrderAfterALineNamingTheFormat() throws Exception {
        JsonNode ledger = post("/api/ledgers", Map.of("ownerName", "Maya Chen"));
        String ledgerId = ledger.path("ledgerId").asText();
        String me = ledger.path("meId").asText();
        String ana = post(ledgerPath(ledgerId, "/contacts"), Map.of("displayName", "Ana Ruiz")).path("contactId").asText();
        String favor = post(ledgerPath(ledgerId, "/favors"), Map.of("giverId", ana, "receiverId", me, "kind", "ADVICE",
                "weight", 3, "asked", true, "occurredAt", "2024-03-01T10:00:00Z")).path("favorId").asText();
        http.postForEntity(ledgerPath(ledgerId, "/favors/" + favor + "/retraction"), Map.of("reason", "twice"),
                           JsonNode.class);
        List<String> journaled = journal(ledgerId, 5);

        ResponseEntity<String> answer = export(ledgerId);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/x-ndjson");
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("goodwill-" + ledgerId + ".ndjson");
        assertThat(answer.getBody()).as("every line ends with a newline").endsWith("}\n");
        List<JsonNode> lines = lines(answer.getBody());
        JsonNode header = lines.get(0);
        assertThat(header.path("format").asText()).isEqualTo("goodwill-ledger-export");
        assertThat(header.path("version").asInt()).isEqualTo(1);
        assertThat(header.path("ledgerId").asText()).isEqualTo(ledgerId);
        assertThat(header.path("exportedAt").asText()).isNotBlank();

        List<JsonNode> events = lines.subList(1, lines.size());
        assertThat(events).extracting(e -> e.path("type").asText()).containsExactly(
                "LedgerOpened", "MemberAdded", "ContactAdded", "FavorRecorded", "FavorRetracted");
        assertThat(events).extracting(e -> e.path("eventId").asText()).containsExactlyInAnyOrderElementsOf(journaled);
        for (JsonNode event : events) {
            assertThat(event.properties()).extracting(Map.Entry::getKey).as(event.toString()).containsAll(FIELDS);
            assertThat(event.path("recordedBy").asText()).isEqualTo(Accounts.FIRST_ADMINISTRATOR);
            assertThat(event.path("correlationId").asText()).isNotBlank();
            assertThat(event.path("payload").path("ledgerId").asText()).isEqualTo(ledgerId);
        }
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).path("position").asLong()).isGreaterThan(events.get(i - 1).path("position").asLong());
        }
        JsonNode recorded = events.get(3);
        JsonNode retracted = events.get(4);
        assertThat(recorded.path("aggregateId").asText()).isEqualTo(ledgerId + ":favor:" + favor);
        assertThat(recorded.path("sequence").asLong()).isZero();
        assertThat(recorded.path("occurredAt").asText()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(recorded.path("payload").path("kind").asText()).isEqualTo("ADVICE");
        assertThat(recorded.path("payload").path("giverId").asText()).isEqualTo(ana);
        assertThat(retracted.path("aggregateId").asText()).isEqualTo(ledgerId + ":favor:" + favor);
        assertThat(retracted.path("sequence").asLong()).isEqualTo(1);
        // The reason is about ana: sealed with her key, as the store keeps it, and never in clear.
        assertThat(retracted.path("revision").asText()).isEqualTo("2");
        assertThat(retracted.path("payload").has("reason")).isFalse();
        assertThat(retracted.path("payload").path("sealed").path("for").asText()).isEqualTo(ana);
        assertThat(retracted.toString()).doesNotContain("twice");
        assertThat(retracted.path("recordedAt").asText()).isGreaterThanOrEqualTo(recorded.path("recordedAt").asText());
    }

    @Test
    void anExportHoldsItsOwnLedgersEventsAndNoOtherLedgers() throws Exception {
        String mine = post("/api/ledgers", Map.of("ownerName", "Maya Chen")).path("ledgerId").asText();
        String other = post("/api/ledgers", Map.of("ownerName", "Tom Lee")).path("ledgerId").asText();
        post(ledgerPath(other, "/contacts"), Map.of("displayName", "Someone Else"));
        journal(other, 3);

        List<JsonNode> events = lines(export(mine).getBody());

        assertThat(events.subList(1, events.size())).extracting(e -> e.path("payload").path("ledgerId").asText())
                                                     .containsOnly(mine).hasSize(2);
    }

    @Test
    void anUnknownLedgerHasNoExport() {
        ResponseEntity<String> answer = export("no-such-ledger");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).contains("unknown-ledger");
    }

    private ResponseEntity<String> export(String ledgerId) {
        return http.exchange(ledgerPath(ledgerId, "/export"), HttpMethod.GET, new HttpEntity<>(new HttpHeaders()),
                             String.class);
    }

    private List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    /** The journal's event ids, once it holds {@code count} events of the ledger. */
    private List<String> journal(String ledgerId, int count) {
        JsonNode entries = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForObject(ledgerPath(ledgerId, "/journal?limit=500"), JsonNode.class).path("entries"),
                found -> found.size() == count);
        List<String> eventIds = new ArrayList<>();
        entries.forEach(entry -> eventIds.add(entry.path("eventId").asText()));
        return eventIds;
    }

    private static String ledgerPath(String ledgerId, String path) {
        return "/api/ledgers/" + ledgerId + path;
    }

    private JsonNode post(String path, Map<String, ?> body) {
        ResponseEntity<JsonNode> answer = http.postForEntity(path, body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("POST %s answered %s", path, answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }
}
