package goodwill.ops.forgetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.ops.AppTest;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.storage.EmbeddedMongo;
import goodwill.storage.MongoConnection;
import goodwill.storage.StorageProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A person with distinctive details, in favors both ways, a meeting, an introduction, a commitment and an ask,
 * forgotten: afterwards no read endpoint (JSON or CSV), no replay of a read model, no export (nor an older one
 * restored), no log line and no byte of the store's file holds anything of what they were, and every number is what
 * it was.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class ForgettingApiTest {

    private static final String NAME = "Quenby Marchetti-Oyelaran";
    private static final String EMAIL = "quenby@vantablack.example";
    /** The directory with everyone in it: archived, merged and forgotten people too. */
    private static final String EVERYONE = "/contacts?includeArchived=true&includeMerged=true&includeForgotten=true";
    private static final String EVERYONE_JSON = "/contacts.json" + EVERYONE.substring(EVERYONE.indexOf('?'));
    private static final String PROMISED = "Quenby sends the Vantablack deck";
    private static final String ASKED = "Quenby, a referral to Lisbon";
    /** Every detail of theirs, each of which must be gone. */
    private static final List<String> THEIRS = List.of("Quenby", "quenby", "Marchetti", "Vantablack", "vantablack",
                                                       "Lisbon", "rooftop", "visa letter", "pitch deck", "+351 555");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    @Test
    void aForgottenPersonIsGoneFromEveryAnswerAndTheStoreWhileEveryNumberStays(CapturedOutput log) throws Exception {
        JsonNode opened = http.postForObject("/api/ledgers", Map.of("ownerName", "Maya Chen"), JsonNode.class);
        String ledger = "/api/ledgers/" + opened.path("ledgerId").asText();
        String me = opened.path("meId").asText();
        String quenby = created(ledger + "/contacts", Map.of(
                "displayName", NAME, "email", EMAIL, "organization", "Vantablack Foundry", "role", "Founder",
                "tags", List.of("vantablack-alumni"), "howWeMet", "Her Lisbon salon", "phone", "+351 555 0100"),
                                "contactId");
        String ana = created(ledger + "/contacts", Map.of("displayName", "Ana Ruiz"), "contactId");
        String duplicate = created(ledger + "/contacts", Map.of("displayName", "Q. Marchetti",
                                                               "email", "q.marchetti@vantablack.example"), "contactId");
        assertThat(http.postForEntity(ledger + "/contacts/" + duplicate + "/merge", Map.of("intoContactId", quenby),
                                      JsonNode.class).getStatusCode().value()).isEqualTo(200);
        created(ledger + "/favors", Map.of("giverId", me, "receiverId", quenby, "kind", "RECOMMENDATION", "weight", 4,
                                           "asked", false, "occurredAt", "2026-01-10T10:00:00Z",
                                           "note", "Wrote Quenby's visa letter"), "favorId");
        String returned = created(ledger + "/favors", Map.of("giverId", quenby, "receiverId", me, "kind", "ADVICE",
                                                             "weight", 2, "asked", true,
                                                             "occurredAt", "2026-02-10T10:00:00Z",
                                                             "note", "Quenby read my pitch deck"), "favorId");
        created(ledger + "/favors", Map.of("giverId", ana, "receiverId", me, "kind", "ADVICE", "weight", 3,
                                           "asked", true, "occurredAt", "2026-02-11T10:00:00Z"), "favorId");
        created(ledger + "/meetings", Map.of("kind", "COFFEE", "attendeeIds", List.of(me, quenby),
                                             "occurredAt", "2026-01-05T09:00:00Z", "place", "Quenby's rooftop",
                                             "note", "Quenby talked about Vantablack"), "meetingId");
        created(ledger + "/introductions", Map.of("introducerId", me, "personAId", quenby, "personBId", ana,
                                                  "purpose", "Quenby wants Ana's advice",
                                                  "occurredAt", "2026-01-20T09:00:00Z"), "introductionId");
        created(ledger + "/commitments", Map.of("promiserId", quenby, "promiseeId", me,
                                                "what", PROMISED, "dueOn", "2026-03-01",
                                                "occurredAt", "2026-02-01T09:00:00Z"), "commitmentId");
        created(ledger + "/asks", Map.of("askerId", me, "askedId", quenby, "what", ASKED,
                                         "occurredAt", "2026-02-20T09:00:00Z"), "askId");
        http.postForEntity(ledger + "/favors/" + returned + "/retraction", Map.of("reason", "Quenby says twice"),
                           JsonNode.class);
        await().atMost(Duration.ofSeconds(60))
               .until(() -> http.getForObject(ledger + "/journal?limit=500", JsonNode.class)
                                .path("entries").size() == 14);
        Map<String, String> before = answers(ledger, quenby);
        String exportedBefore = http.getForObject(ledger + "/export", String.class);
        assertThat(before.get(EVERYONE_JSON)).contains(NAME, EMAIL, "Q. Marchetti");

        assertThat(forget(ledger, me, "asked by email").getStatusCode().value()).isEqualTo(422);
        assertThat(forget(ledger, quenby, "Quenby asked").getBody().path("code").asText())
                .isEqualTo("reason-names-the-person");
        ResponseEntity<JsonNode> forgotten = forget(ledger, quenby, "asked by email on 2026-12-01");
        assertThat(forgotten.getStatusCode().value()).isEqualTo(200);
        assertThat(forget(ledger, quenby, "again").getBody().path("code").asText()).isEqualTo("contact-forgotten");
        MongoConnection connection = context.getBean(MongoConnection.class);
        long rewrites = connection.embeddedStatistics().orElseThrow().fileRewrites();
        await().atMost(Duration.ofSeconds(60)).until(() -> answers(ledger, quenby).values().stream()
                .noneMatch(answer -> THEIRS.stream().anyMatch(answer::contains)));
        await().atMost(Duration.ofSeconds(60))
               .until(() -> connection.embeddedStatistics().orElseThrow().fileRewrites() > rewrites);

        Map<String, String> after = answers(ledger, quenby);
        after.forEach((path, answer) -> assertThat(answer).as(path).doesNotContain(THEIRS));
        assertThat(after.get(EVERYONE_JSON)).contains("Forgotten person", quenby, duplicate);
        // The duplicate merged into them is the same person, forgotten with them.
        for (JsonNode contact : http.getForObject(ledger + EVERYONE, JsonNode.class).path("contacts")) {
            boolean theirs = List.of(quenby, duplicate).contains(contact.path("contactId").asText());
            assertThat(contact.path("forgotten").asBoolean()).as(contact.toString()).isEqualTo(theirs);
        }
        assertThat(get(ledger + "/contacts", "application/json")).as("the directory as listed by default")
                .doesNotContain(quenby);
        for (String path : List.of("/reciprocity.json", "/reciprocity/" + quenby + ".json", "/advocates.json",
                                   "/advocates/" + quenby + ".json", "/depth.json", "/introductions/connectors.json",
                                   "/reciprocity.csv", "/advocates.csv")) {
            assertThat(after.get(path)).as(path).isEqualTo(forgottenIn(before.get(path)));
        }
        // Every read model replayed from scratch: the same answers, the key being gone.
        for (JsonNode processor : http.getForObject("/api/admin/processors", JsonNode.class)) {
            if (processor.path("tracking").asBoolean()) {
                assertThat(http.postForEntity("/api/admin/processors/" + processor.path("name").asText() + "/replay",
                                              null, JsonNode.class).getStatusCode().value()).isEqualTo(202);
            }
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> ProcessorsCaughtUp.caughtUp(
                http.getForObject("/api/admin/processors", JsonNode.class)));
        assertThat(answers(ledger, quenby)).isEqualTo(after);

        String export = http.getForObject(ledger + "/export", String.class);
        assertThat(export).doesNotContain(THEIRS).contains("ContactForgotten");
        assertThat(restored(export)).doesNotContain(THEIRS).contains("Forgotten person");
        // An export made before the forgetting, restored here since: they are not brought back.
        assertThat(restored(exportedBefore)).doesNotContain(THEIRS).contains("Forgotten person", "Ana Ruiz");
        byte[] file = Files.readAllBytes(context.getBean(StorageProperties.class).dataDirectory()
                                                .resolve(EmbeddedMongo.FILE_NAME));
        String bytes = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("the store's file").doesNotContain(NAME, EMAIL, "Vantablack", "visa letter",
                                                                 "q.marchetti@vantablack.example");
        assertThat(log.getAll()).as("the log").doesNotContain(THEIRS);
    }

    /** An answer from before, with what it said of them as it reads once they are forgotten. */
    private static String forgottenIn(String answer) {
        return answer.replace(NAME, "Forgotten person").replace(PROMISED, "(forgotten)").replace(ASKED, "(forgotten)");
    }

    /** The export restored under a new ledger id: the new ledger's contacts, once listed, with their details. */
    private String restored(String export) {
        String restored = "/api/ledgers/l-" + UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/x-ndjson");
        assertThat(http.exchange(restored + "/imports?format=goodwill", HttpMethod.POST,
                                 new HttpEntity<>(export, headers), JsonNode.class).getStatusCode().value())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(60))
               .until(() -> http.getForObject(restored + "/journal?limit=500", JsonNode.class)
                                .path("entries").size() >= 12);
        await().atMost(Duration.ofSeconds(60)).until(() -> !get(restored + EVERYONE, "application/json")
                .contains(NAME));
        return get(restored + EVERYONE, "application/json") + get(restored + "/journal?limit=500", "text/csv")
               + get(restored + "/reciprocity", "application/json");
    }

    private String created(String path, Map<String, Object> body, String id) {
        ResponseEntity<JsonNode> answer = http.postForEntity(path, body, JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(201);
        return answer.getBody().path(id).asText();
    }

    private ResponseEntity<JsonNode> forget(String ledger, String contactId, String reason) {
        return http.postForEntity(ledger + "/contacts/" + contactId + "/forgetting", Map.of("reason", reason),
                                  JsonNode.class);
    }

    /** Every read endpoint of the ledger that shows people, as JSON and as CSV. */
    private Map<String, String> answers(String ledger, String contactId) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : List.of(EVERYONE, "/reciprocity", "/reciprocity/" + contactId, "/advocates",
                                   "/advocates/" + contactId, "/depth", "/introductions", "/introductions/connectors",
                                   "/commitments", "/journal", "/reports/returns",
                                   "/reports/as-of?date=2026-03-01&basis=occurred",
                                   "/reports/as-of?date=" + LocalDate.now() + "&basis=recorded")) {
            String base = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
            answers.put(base + ".json" + query, get(ledger + path, "application/json"));
            if (!path.contains("/" + contactId)) {
                answers.put(base + ".csv" + query, get(ledger + path, "text/csv"));
            }
        }
        return answers;
    }

    private String get(String path, String type) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT, type);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }
}
