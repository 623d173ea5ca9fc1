package goodwill.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final int FAVORS = 400;
    private static final String SEGMENTS = "--goodwill.processors.segments=4";
    /** The one master key of every process of the database. */
    private static final String MASTER_KEY = masterKey();

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whatTheCommandSideRecordsTheQuerySideShowsAndNeitherServesTheOthersEndpoints() throws Exception {
        int dbPort = ChildProcess.freePort();
        try (ChildProcess db = database(dbPort);
             Side command = side("command-1", "command", dbPort);
             Side other = side("command-2", "command", dbPort);
             Side query = side("query-1", "query", dbPort)) {
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

    /**
     * Two query-side processes sharing every processor's four segments while eight writers record favors in four
     * ledgers; the one that holds the segments killed with SIGKILL midway, a new one started: once the writers stop,
     * every segment is held by a live process, and every favor acknowledged counts exactly once in the balances and
     * once in the journal.
     */
    @Test
    void aQuerySideProcessKilledMidStreamHasItsSegmentsTakenOverAndNothingIsMissedOrAppliedTwice() throws Exception {
        int dbPort = ChildProcess.freePort();
        try (ChildProcess db = database(dbPort);
             Side command = side("command-1", "command", dbPort);
             Side first = side("query-1", "query", dbPort, SEGMENTS);
             Side second = side("query-2", "query", dbPort, SEGMENTS)) {
            List<String> ledgers = new ArrayList<>();
            Map<String, String> mes = new HashMap<>();
            Map<String, String> contacts = new HashMap<>();
            for (int l = 0; l < 4; l++) {
                JsonNode ledger = post(command.url() + "/api/ledgers", Map.of("ownerName", "Owner " + l), 201);
                String ledgerPath = "/api/ledgers/" + ledger.path("ledgerId").asText();
                ledgers.add(ledgerPath);
                mes.put(ledgerPath, ledger.path("meId").asText());
                contacts.put(ledgerPath, post(command.url() + ledgerPath + "/contacts",
                                              Map.of("displayName", "Person " + l), 201).path("contactId").asText());
            }
            AtomicInteger sent = new AtomicInteger();
            Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                writing.add(writers.submit(() -> {
                    for (int n = sent.incrementAndGet(); n <= FAVORS; n = sent.incrementAndGet()) {
                        String ledgerPath = ledgers.get(n % ledgers.size());
                        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                                URI.create(command.url() + ledgerPath + "/favors"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(String.format(
                                        "{\"giverId\": \"%s\", \"receiverId\": \"%s\", \"kind\": \"ADVICE\", "
                                        + "\"weight\": 1, \"asked\": true, \"occurredAt\": \"2026-11-01T10:00:00Z\"}",
                                        mes.get(ledgerPath), contacts.get(ledgerPath)))));
                        if (answer.statusCode() == 201) {
                            acknowledged.computeIfAbsent(ledgerPath, key -> new AtomicInteger())
                                        .incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            await().atMost(ChildProcess.PATIENCE).until(() -> sent.get() >= FAVORS / 3);
            Side holder = heldBy(first) >= heldBy(second) ? first : second;
            Side survivor = holder == first ? second : first;
            holder.process().process().destroyForcibly();
            try (Side third = side("query-3", "query", dbPort, SEGMENTS)) {
                for (Future<?> writer : writing) {
                    writer.get();
                }
                writers.shutdown();
                String killed = holder.process().process().pid() + "@";
                await().atMost(ChildProcess.PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
                    for (JsonNode processor : json.readTree(get(survivor.url() + "/api/admin/processors").body())) {
                        if (processor.path("tracking").asBoolean()) {
                            List<String> owners = processor.path("segments").findValuesAsText("owner");
                            if (owners.size() != 4 || owners.stream().anyMatch(owner -> owner.startsWith(killed))) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
                for (String ledgerPath : ledgers) {
                    int favors = acknowledged.get(ledgerPath).get();
                    String balance = third.url() + ledgerPath + "/reciprocity/" + contacts.get(ledgerPath);
                    await().atMost(ChildProcess.PATIENCE).pollInterval(Duration.ofMillis(500)).until(
                            () -> json.readTree(get(balance).body()).path("given").path("count").asInt() == favors);
                    String journal = survivor.url() + ledgerPath + "/journal?type=FavorRecorded&limit=500";
                    await().atMost(ChildProcess.PATIENCE).pollInterval(Duration.ofMillis(500)).until(
                            () -> json.readTree(get(journal).body()).path("entries").size() == favors);
                }
                assertThat(acknowledged.values().stream().mapToInt(AtomicInteger::get)
                                       .sum()).as("favors acknowledged").isEqualTo(FAVORS);
            }
        }
    }

    /** How many segments of the reciprocity processor the process holds. */
    private int heldBy(Side side) throws Exception {
        for (JsonNode processor : json.readTree(get(side.url() + "/api/admin/processors").body())) {
            if (processor.path("name").asText().equals("reciprocity")) {
                int here = 0;
                for (JsonNode segment : processor.path("segments")) {
                    here += segment.path("here").asBoolean() ? 1 : 0;
                }
                return here;
            }
        }
        return 0;
    }

    /** {@code goodwill db} on the port, with the test's data. */
    private ChildProcess database(int port) throws IOException {
        Path log = data.resolve("db.log");
        return ChildProcess.start(log, Map.of(), () -> ChildProcess.says(log, "database is up"),
                                  "db", "--port=" + port, "--data-directory=" + data.resolve("db"));
    }

    /** A side's process and where it answers. */
    private record Side(ChildProcess process, String url) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.close();
        }
    }

    /** {@code goodwill serve --side …} on the database, with the master key and the administrator's password. */
    private Side side(String name, String side, int dbPort, String... more) throws Exception {
        int port = ChildProcess.freePort();
        String url = "http://127.0.0.1:" + port;
        List<String> arguments = new ArrayList<>(List.of(
                "serve", "--side=" + side, "--server.port=" + port,
                "--goodwill.mongodb.data-directory=" + data.resolve(name), "--goodwill.admin.password=" + PASSWORD));
        arguments.addAll(List.of(more));
        ChildProcess process = ChildProcess.start(
                data.resolve(name + ".log"),
                Map.of("MONGODB_URI", "mongodb://127.0.0.1:" + dbPort, "GOODWILL_MASTER_KEY", MASTER_KEY),
                () -> get(url + "/actuator/health").statusCode() == 200, arguments.toArray(String[]::new));
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
