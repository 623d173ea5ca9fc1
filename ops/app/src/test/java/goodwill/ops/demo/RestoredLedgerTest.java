package goodwill.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goodwill.ops.AppTest;
import goodwill.ops.ProcessorsCaughtUp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The standard sample network exported and restored under a new ledger id: every read endpoint of the restored
 * ledger answers what the original's does, as JSON and as CSV, apart from the ledger's id, the events' ids (made
 * anew for the new ledger, from the originals) and their positions in the store, and who had access (not restored).
 * The query side's clock is fixed on the network's last day, so the moment of computation is the same for both.
 */
@AppTest
@Import(SampleAdvocatesTest.TheNetworksLastDay.class) // the context of SampleAdvocatesTest: the same network
class RestoredLedgerTest {

    private static final Set<String> ACCESS = Set.of("MemberAdded", "MemberRoleChanged", "MemberRemoved");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";

    @Autowired
    DemoLoader loader;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final String restored = "restored-" + UUID.randomUUID();

    @Test
    void aRestoredLedgerAnswersEveryReadEndpointAsTheOriginalDoes() throws Exception {
        loader.load(SampleNetwork.standard());
        caughtUp();
        String export = http.getForObject("/api/ledgers/demo/export", String.class);
        List<JsonNode> events = new ArrayList<>();
        for (String line : export.split("\n")) {
            events.add(json.readTree(line));
        }
        events.remove(0);
        Map<String, String> newIds = new LinkedHashMap<>();
        events.forEach(event -> newIds.put(event.path("eventId").asText(), UUID.nameUUIDFromBytes(
                (restored + "\n" + event.path("eventId").asText()).getBytes(StandardCharsets.UTF_8)).toString()));
        long access = events.stream().filter(event -> ACCESS.contains(event.path("type").asText())).count();

        ResponseEntity<JsonNode> answer = restore(restored, export);

        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
        assertThat(answer.getBody().path("events").asLong()).isEqualTo(events.size() - access);
        assertThat(answer.getBody().path("fromLedgerId").asText()).isEqualTo("demo");
        caughtUp();

        int answered = 0;
        for (Map.Entry<String, List<String>> asked : paths().entrySet()) {
            String path = asked.getKey();
            for (String type : asked.getValue()) {
                ResponseEntity<String> original = get("/api/ledgers/demo" + path, type);
                ResponseEntity<String> copy = get("/api/ledgers/" + restored + path, type);
                assertThat(copy.getStatusCode()).as("%s as %s", path, type).isEqualTo(original.getStatusCode());
                answered += original.getStatusCode().is2xxSuccessful() ? 1 : 0;
                String expected = normalised(path, renamed(original.getBody(), newIds));
                String actual = normalised(path, copy.getBody() == null ? "" : copy.getBody().replace(restored, "demo"));
                if (type.equals(JSON) && expected.startsWith("{")) {
                    assertThat(json.readTree(actual)).as("%s", path).isEqualTo(json.readTree(expected));
                } else {
                    assertThat(actual).as("%s as %s", path, type).isEqualTo(expected);
                }
            }
        }
        assertThat(answered).as("answers compared").isGreaterThan(100);
        assertThat(journal("demo", newIds)).as("the journal, every page, access left aside")
                                           .hasSizeGreaterThan(1000).isEqualTo(journal(restored, Map.of()));
    }

    /**
     * Every read endpoint of a ledger, each as JSON and CSV, and each contact's own as JSON (a few contacts' journals
     * too; the whole journal is compared page by page).
     */
    private Map<String, List<String>> paths() {
        LocalDate start = SampleNetwork.START;
        Map<String, List<String>> paths = new LinkedHashMap<>();
        for (String path : List.of(
                "/advocates?limit=500", "/advocates?tier=ADVOCATE", "/reciprocity", "/reciprocity/owed-to-me",
                "/reciprocity/i-owe", "/reciprocity/empty-accounts", "/reciprocity/dont-invest", "/depth",
                "/introductions", "/introductions/connectors", "/introductions/mine", "/commitments",
                "/contacts?includeArchived=true&includeMerged=true", "/contacts",
                "/reports/as-of?date=" + start.plusDays(400) + "&basis=occurred",
                "/reports/as-of?date=" + start.plusDays(SampleNetwork.SPAN_DAYS) + "&basis=occurred",
                "/reports/as-of?date=" + LocalDate.now() + "&basis=recorded",
                "/reports/compare?from=" + start.plusDays(200) + "&to=" + start.plusDays(700) + "&basis=occurred",
                "/reports/returns", "/journal?type=FavorRecorded&limit=500")) {
            paths.put(path, List.of(JSON, CSV));
        }
        JsonNode contacts = http.getForObject("/api/ledgers/demo/contacts?includeArchived=true&includeMerged=true",
                                              JsonNode.class);
        List<String> contactIds = contacts.findValuesAsText("contactId");
        for (String contactId : contactIds) {
            paths.put("/reciprocity/" + contactId, List.of(JSON));
            paths.put("/advocates/" + contactId, List.of(JSON));
        }
        contactIds.stream().limit(5).forEach(contactId -> paths.put("/journal?contact=" + contactId + "&limit=500",
                                                                     List.of(JSON, CSV)));
        return paths;
    }

    /** The original's answer, each event id as the restore made it anew. */
    private static String renamed(String body, Map<String, String> newIds) {
        if (body == null) {
            return "";
        }
        return UUID_TEXT.matcher(body).replaceAll(id -> newIds.getOrDefault(id.group(), id.group()));
    }

    /** A journal's answer without its entries' positions in the store (the first column of its CSV) and cursors. */
    private static String normalised(String path, String body) {
        if (!path.startsWith("/journal")) {
            return body;
        }
        return body.replaceAll("\"position\":\\d+,?", "")
                   .replaceAll("\"nextCursor\":\"[^\"]*\"", "\"nextCursor\":\"\"")
                   .replaceAll("(?m)^\\d+,", "");
    }

    /** Every entry of the ledger's journal, page by page, without positions and without access. */
    private List<JsonNode> journal(String ledgerId, Map<String, String> newIds) throws Exception {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        do {
            String page = get("/api/ledgers/" + ledgerId + "/journal?limit=500"
                              + (cursor == null ? "" : "&cursor=" + cursor), JSON).getBody();
            JsonNode answer = json.readTree(page);
            String renamed = newIds.isEmpty() ? page.replace(restored, "demo") : renamed(page, newIds);
            for (JsonNode entry : json.readTree(renamed).path("entries")) {
                if (!ACCESS.contains(entry.path("type").asText())) {
                    ((ObjectNode) entry).remove("position");
                    entries.add(entry);
                }
            }
            cursor = answer.path("nextCursor").isTextual() ? answer.path("nextCursor").asText() : null;
        } while (cursor != null && !cursor.isEmpty());
        return entries;
    }

    private ResponseEntity<String> get(String path, String type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, type);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<JsonNode> restore(String ledgerId, String export) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/x-ndjson");
        return http.exchange("/api/ledgers/" + ledgerId + "/imports?format=goodwill", HttpMethod.POST,
                             new HttpEntity<>(export, headers), JsonNode.class);
    }

    private void caughtUp() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
               .until(() -> http.getForObject("/api/admin/processors", JsonNode.class), ProcessorsCaughtUp::caughtUp);
    }
}
