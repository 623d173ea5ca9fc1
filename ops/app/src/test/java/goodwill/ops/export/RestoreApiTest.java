package goodwill.ops.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import goodwill.ops.AppTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A ledger restored from its export over HTTP, and every way an export can be wrong refused, restoring nothing. */
@AppTest
class RestoreApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationContext context;

    /** A ledger of its own with a contact and a retracted favor, its journal caught up; its export. */
    private String exported(String ledgerId) {
        String me = http.postForObject("/api/ledgers", Map.of("ledgerId", ledgerId, "ownerName", "Maya Chen"),
                                       JsonNode.class).path("meId").asText();
        String ana = http.postForObject("/api/ledgers/" + ledgerId + "/contacts", Map.of("displayName", "Ana Ruiz"),
                                        JsonNode.class).path("contactId").asText();
        String favor = http.postForObject("/api/ledgers/" + ledgerId + "/favors", Map.of(
                "giverId", ana, "receiverId", me, "kind", "ADVICE", "weight", 3, "asked", true,
                "occurredAt", "2024-03-01T10:00:00Z"), JsonNode.class).path("favorId").asText();
        http.postForEntity("/api/ledgers/" + ledgerId + "/favors/" + favor + "/retraction", Map.of("reason", "twice"),
                           JsonNode.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject(
                "/api/ledgers/" + ledgerId + "/journal?limit=500", JsonNode.class).path("entries").size() == 5);
        return http.getForObject("/api/ledgers/" + ledgerId + "/export", String.class);
    }

    private ResponseEntity<JsonNode> restore(String ledgerId, String export) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/x-ndjson");
        return http.exchange("/api/ledgers/" + ledgerId + "/imports?format=goodwill", HttpMethod.POST,
                             new HttpEntity<>(export, headers), JsonNode.class);
    }

    private static String newId() {
        return "l-" + UUID.randomUUID();
    }

    private List<JsonNode> lines(String export) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    /** The events of an export, its first line and the events about access left aside. */
    private static List<JsonNode> history(List<JsonNode> lines) {
        return lines.stream().skip(1).filter(line -> !line.path("type").asText().startsWith("Member")).toList();
    }

    @Test
    void aLedgerRestoredUnderANewIdHasTheOriginalsEventsTimesAndRecordersAndItsRestorerAsOwner() throws Exception {
        String original = newId();
        String export = exported(original);
        String copy = newId();

        ResponseEntity<JsonNode> restored = restore(copy, export);

        assertThat(restored.getStatusCode()).as("%s", restored.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(restored.getHeaders().getLocation()).hasPath("/api/ledgers/" + copy);
        assertThat(restored.getBody().path("events").asLong()).isEqualTo(4);
        assertThat(restored.getBody().path("accessLeftOut").asLong()).isEqualTo(1);
        assertThat(http.getForObject("/api/ledgers", JsonNode.class).toString())
                .contains("\"ledgerId\":\"" + copy + "\"");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject(
                "/api/ledgers/" + copy + "/journal?limit=500", JsonNode.class).path("entries").size() == 5);
        List<JsonNode> after = lines(http.getForObject("/api/ledgers/" + copy + "/export", String.class));
        JsonNode owner = after.get(after.size() - 1);
        assertThat(owner.path("type").asText()).as("the restorer, added now").isEqualTo("MemberAdded");
        assertThat(owner.path("payload").path("username").asText()).isEqualTo(Accounts.FIRST_ADMINISTRATOR);
        assertThat(owner.path("payload").path("role").asText()).isEqualTo("OWNER");
        // The original's member is not restored.
        List<JsonNode> before = history(lines(export));
        after = history(after);
        assertThat(after).hasSize(before.size()).hasSize(4);
        for (int i = 0; i < before.size(); i++) {
            JsonNode was = before.get(i);
            JsonNode is = after.get(i);
            assertThat(is.path("type")).isEqualTo(was.path("type"));
            assertThat(is.path("recordedAt")).as("the recorded axis, kept").isEqualTo(was.path("recordedAt"));
            assertThat(is.path("recordedBy")).isEqualTo(was.path("recordedBy"));
            assertThat(is.path("correlationId")).isEqualTo(was.path("correlationId"));
            assertThat(is.path("occurredAt")).isEqualTo(was.path("occurredAt"));
            assertThat(is.path("aggregateId").asText())
                    .isEqualTo(copy + was.path("aggregateId").asText().substring(original.length()));
            assertThat(is.path("eventId")).isNotEqualTo(was.path("eventId"));
            assertThat(is.path("payload").path("ledgerId").asText()).isEqualTo(copy);
        }
        assertThat(http.getForObject("/api/ledgers/" + copy + "/contacts", JsonNode.class).toString())
                .contains("Ana Ruiz");
    }

    @Test
    void anExportRestoredIntoAStoreWithoutItsLedgerKeepsEveryId() throws Exception {
        String elsewhere = newId();
        // An export of a ledger this store never had: another server's, every id its own.
        String export = exported(newId());
        String original = lines(export).get(0).path("ledgerId").asText();
        StringBuilder foreign = new StringBuilder();
        for (String line : export.split("\n")) {
            JsonNode node = json.readTree(line.replace(original, elsewhere));
            // Another server's data keys do not open here: its people's details read as forgotten; every id stays.
            ((ObjectNode) node).remove("dataKeys");
            if (node.has("eventId")) {
                ((ObjectNode) node).put("eventId", UUID.randomUUID().toString());
            }
            foreign.append(json.writeValueAsString(node)).append('\n');
        }

        assertThat(restore(elsewhere, foreign.toString()).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        List<JsonNode> was = history(lines(foreign.toString()));
        List<JsonNode> is = history(lines(http.getForObject("/api/ledgers/" + elsewhere + "/export", String.class)));
        assertThat(is).extracting(event -> event.path("eventId").asText())
                      .isEqualTo(was.stream().map(event -> event.path("eventId").asText()).toList());
        assertThat(is).extracting(event -> event.path("aggregateId").asText())
                      .isEqualTo(was.stream().map(event -> event.path("aggregateId").asText()).toList());
    }

    @Test
    void aLedgerThatExistsIsNeverRestoredIntoAndAStrangersLedgerIsUnknown() {
        String mine = newId();
        String export = exported(mine);

        ResponseEntity<JsonNode> again = restore(mine, export);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("code").asText()).isEqualTo("ledger-exists");

        String stranger = "stranger-" + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestCallers.newUser(context, stranger));
        headers.set(HttpHeaders.CONTENT_TYPE, "application/x-ndjson");
        ResponseEntity<JsonNode> intoTheirs = http.exchange("/api/ledgers/" + mine + "/imports?format=goodwill",
                                                             HttpMethod.POST, new HttpEntity<>(export, headers),
                                                             JsonNode.class);
        assertThat(intoTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(intoTheirs.getBody().path("code").asText()).isEqualTo("unknown-ledger");
    }

    @Test
    void anExportCutShortOrEditedRestoresNothingAndNamesItsLine() throws Exception {
        String export = exported(newId());
        List<String> lines = new ArrayList<>(Arrays.asList(export.split("\n")));

        String cut = String.join("\n", lines.subList(0, 4)) + "\n" + lines.get(4).substring(0, 40);
        refused(cut, 5, "not JSON");
        List<String> gap = new ArrayList<>(lines);
        gap.remove(4); // the favor's record, its retraction left: sequence 1 where 0 comes next
        refused(String.join("\n", gap), 5, "a gap in the events");
        refused(String.join("\n", lines).replace("\"type\":\"FavorRecorded\"", "\"type\":\"FavorForgotten\""), 5,
                "'FavorForgotten' is no event type");
        refused(String.join("\n", lines.subList(1, lines.size())), 1, "not a Goodwill export");
        refused("", 1, "empty");
    }

    private void refused(String export, long line, String words) {
        String ledgerId = newId();
        ResponseEntity<JsonNode> answer = restore(ledgerId, export);

        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody().path("code").asText()).isEqualTo("invalid-export");
        assertThat(answer.getBody().path("line").asLong()).isEqualTo(line);
        assertThat(answer.getBody().path("detail").asText()).contains(words).contains("Nothing was restored");
        assertThat(http.getForEntity("/api/ledgers/" + ledgerId + "/contacts", JsonNode.class).getStatusCode())
                .as("no such ledger afterwards").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRestoreInAnotherUsersNameIsRefused() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/x-ndjson");
        headers.set("X-Goodwill-User", "someone-else");
        ResponseEntity<JsonNode> answer = http.exchange("/api/ledgers/" + newId() + "/imports?format=goodwill",
                                                        HttpMethod.POST, new HttpEntity<>("{}", headers),
                                                        JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("code").asText()).isEqualTo("invalid-header");
    }

    @Test
    void aBinaryFileIsNoExport() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
        ResponseEntity<JsonNode> answer = http.exchange("/api/ledgers/" + newId() + "/imports?format=goodwill",
                                                        HttpMethod.POST, new HttpEntity<>(new byte[] {'P', 'K', 3, 4, 0, 0},
                                                                                          headers), JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("code").asText()).isEqualTo("unreadable-file");
    }
}
