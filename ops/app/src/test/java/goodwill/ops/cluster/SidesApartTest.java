package goodwill.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two sides as processes of their own on one {@code goodwill db}, as a cluster runs them: what the command side
 * records, the query side's read models show; the command side answers no query and keeps no read model, the query
 * side records nothing. And two command-side processes changing the same favor at once: each change is recorded
 * once, or refused as a concurrent change, never lost nor applied twice.
 */
class SidesApartTest {

    private static final String PASSWORD = "sides-apart-admin-password";
    private static final int AMENDMENTS = 16;
    /** The one master key of every process of the database. */
    private static final String MASTER_KEY = masterKey();

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whatTheCommandSideRecordsTheQuerySideShowsAndNeitherServesTheOthersEndpoints() throws Exception {
        int dbPort = ChildProcess.freePort();
        Path dbLog = data.resolve("db.log");
        try (ChildProcess db = ChildProcess.start(dbLog, Map.of(), () -> ChildProcess.says(dbLog, "database is up"),
                                                  "db", "--port=" + dbPort, "--data-directory=" + data.resolve("db"));
             Side command = side("command", dbPort);
             Side other = side("command", dbPort);
             Side query = side("query", dbPort)) {
            String commands = command.url();
            String queries = query.url();

            JsonNode ledger = post(commands + "/api/ledgers", Map.of("ownerName", "Maya Chen"), 201);
            String ledgerPath = "/api/ledgers/" + ledger.path("ledgerId").asText();
            String bo = post(commands + ledgerPath + "/contacts", Map.of("displayName", "Bo Chen"), 201)
                    .path("contactId").asText();
            String favor = post(commands + ledgerPath + "/favors", Map.of(
                    "giverId", ledger.path("meId").asText(), "receiverId", bo, "kind", "ADVICE", "weight", 3,
                    "asked", true, "occurredAt", "2026-11-01T10:00:00Z"), 201).path("favorId").asText();

            await().atMost(ChildProcess.PATIENCE).pollInterval(Duration.ofMillis(200)).until(
                    () -> get(queries + ledgerPath + "/reciprocity/" + bo).statusCode() == 200
                          && json.readTree(get(queries + ledgerPath + "/reciprocity/" + bo).body())
                                 .path("given").path("count").asInt() == 1);
            assertThat(get(commands + ledgerPath + "/reciprocity").statusCode()).as("a query on the command side")
                                                                             .isEqualTo(404);
            assertThat(get(commands + "/api/admin/processors").statusCode()).as("no read model on the command side")
                                                                           .isEqualTo(404);
            assertThat(json.readTree(get(queries + "/api/admin/processors").body()).findValuesAsText("name"))
                    .contains("reciprocity", "contacts", "journal").doesNotContain("ledger-directory");
            HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(queries + ledgerPath + "/contacts"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\": \"Cy\"}")));
            assertThat(refused.statusCode()).as("a recording on the query side").isEqualTo(405);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

            List<String> nodes = List.of(commands, other.url());
            List<Callable<HttpResponse<String>>> amendments = new ArrayList<>();
            for (int i = 0; i < AMENDMENTS; i++) {
                String amendment = nodes.get(i % 2) + ledgerPath + "/favors/" + favor + "/amendment";
                String body = json.writeValueAsString(Map.of("note", "amended on both nodes, " + i));
                amendments.add(() -> send(HttpRequest.newBuilder(URI.create(amendment))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))));
            }
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : writers.invokeAll(amendments)) {
                answers.add(answer.get());
            }
            writers.shutdown();
            long recorded = answers.stream().filter(answer -> answer.statusCode() == 200).count();
            for (HttpResponse<String> answer : answers) {
                if (answer.statusCode() != 200) {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
                    assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("concurrent-change");
                }
            }
            assertThat(recorded).as("amendments recorded").isPositive();
            String journal = queries + ledgerPath + "/journal?type=FavorAmended&limit=500";
            await().atMost(ChildProcess.PATIENCE).pollInterval(Duration.ofMillis(200)).until(
                    () -> json.readTree(get(journal).body()).path("entries").size() == recorded);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(
                    () -> json.readTree(get(journal).body()).path("entries").size() == recorded);
        }
    }

    /** A side's process and where it answers. */
    private record Side(ChildProcess process, String url) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }

    /** {@code goodwill serve --side …} on the database, with the master key and the administrator's password. */
    private Side side(String side, int dbPort) throws Exception {
        int port = ChildProcess.freePort();
        String url = "http://127.0.0.1:" + port;
        ChildProcess process = ChildProcess.start(
                data.resolve(side + ".log"),
                Map.of("MONGODB_URI", "mongodb://127.0.0.1:" + dbPort, "GOODWILL_MASTER_KEY", MASTER_KEY),
                () -> get(url + "/actuator/health").statusCode() == 200,
                "serve", "--side=" + side, "--server.port=" + port,
                "--goodwill.mongodb.data-directory=" + data.resolve(side), "--goodwill.admin.password=" + PASSWORD);
        return new Side(process, url);
    }

    private static String masterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private JsonNode post(String url, Map<String, Object> body, int status) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        assertThat(answer.statusCode()).as("POST %s: %s", url, answer.body()).isEqualTo(status);
        return json.readTree(answer.body());
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            String credentials = Base64.getEncoder()
                                       .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            return http.send(request.header("Authorization", "Basic " + credentials).build(),
                             HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
