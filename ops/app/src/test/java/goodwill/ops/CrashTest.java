package goodwill.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import goodwill.access.Accounts;
import goodwill.query.ReadModelCollections;
import goodwill.storage.MongoConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import static goodwill.ops.ReadModelSnapshots.assertSameReadModels;
import static goodwill.ops.ReadModelSnapshots.awaitProcessors;
import static goodwill.ops.ReadModelSnapshots.readModels;
import static goodwill.ops.ReadModelSnapshots.replayEveryTrackingProcessor;
import static goodwill.ops.ReadModelSnapshots.replayed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The app killed with SIGKILL while 8 clients record favors over HTTP, and started again on its data: every favor
 * it acknowledged is in the event store and, once the processors caught up, in the reciprocity read model; and
 * every read model, fallen back with its processor's position and brought forward again, is what a replay of the
 * whole history builds.
 */
class CrashTest {

    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 300;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String DATABASE = "crash";

    @TempDir
    Path data;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final String ADMIN_PASSWORD = "crash-test-administrator";
    private String authorization;

    @Test
    void everyAcknowledgedFavorSurvivesAKillAndTheReadModelsEqualAReplay() throws Exception {
        int databasePort = freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String ledgerId;
        List<String> people = new ArrayList<>();

        App first = App.start(data, freePort(), databasePort);
        try {
            authorization = "Bearer " + tokenOf(first);
            JsonNode ledger = post(first.url("/api/ledgers"), Map.of("ownerName", "Maya Chen"));
            ledgerId = ledger.get("ledgerId").asText();
            people.add(ledger.get("meId").asText());
            for (String name : List.of("Ana Ruiz", "Bo Lind", "Cy Park")) {
                people.add(post(first.url("/api/ledgers/" + ledgerId + "/contacts"), Map.of("displayName", name))
                                   .get("contactId").asText());
            }
            recordUntilKilled(first, ledgerId, people, acknowledged);
        } finally {
            first.kill();
        }
        assertThat(acknowledged).as("favors acknowledged before the kill").hasSizeGreaterThanOrEqualTo(
                ACKNOWLEDGED_BEFORE_THE_KILL);

        App second = App.start(data, freePort(), databasePort);
        try (MongoClient client = MongoClients.create(MongoConnection.settings(
                "mongodb://127.0.0.1:" + databasePort))) {
            MongoDatabase database = client.getDatabase(DATABASE);
            assertThat(favorsInTheEventStore(database)).as("favors in the event store after the restart")
                                                       .containsAll(acknowledged);
            // Recording goes on; its position also comes after any the killed app had taken and never filled.
            acknowledged.add(post(second.url("/api/ledgers/" + ledgerId + "/favors"),
                                  favor(people.get(0), people.get(1), 0)).get("favorId").asText());
            Set<String> stored = favorsInTheEventStore(database);
            assertThat(stored).containsAll(acknowledged);

            TestRestTemplate admin = new TestRestTemplate(new RestTemplateBuilder().rootUri(second.url(""))
                                                                          .defaultHeader("Authorization", authorization));
            JsonNode caughtUp = awaitProcessors(admin, PATIENCE, ProcessorsCaughtUp::caughtUp);
            assertThat(favorsInTheReciprocityReadModel(database, ledgerId))
                    .as("favors in the reciprocity read model once caught up").isEqualTo(stored);

            Map<String, List<Document>> afterTheCrash = readModels(database);
            List<String> rebuilt = replayEveryTrackingProcessor(admin, caughtUp);
            awaitProcessors(admin, PATIENCE,
                            processors -> ProcessorsCaughtUp.caughtUp(processors) && replayed(processors, rebuilt));
            assertThat(rebuilt).contains("reciprocity", "journal", "contacts", "advocacy");
            assertSameReadModels(readModels(database), afterTheCrash, "after the crash against a replay");
        } finally {
            second.kill();
        }
    }

    /** 8 clients record favors between the four people until enough are acknowledged, then the app is killed. */
    private void recordUntilKilled(App app, String ledgerId, List<String> people, Set<String> acknowledged)
            throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger sent = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                while (!app.killed()) {
                    int n = sent.incrementAndGet();
                    Map<String, Object> favor = favor(people.get(n % people.size()),
                                                      people.get((n + 1) % people.size()), n);
                    try {
                        acknowledged.add(post(app.url("/api/ledgers/" + ledgerId + "/favors"), favor)
                                                 .get("favorId").asText());
                    } catch (IOException | RuntimeException e) {
                        // the app is gone: this favor was not acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        await().atMost(PATIENCE).until(() -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_THE_KILL);
        app.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Map<String, Object> favor(String giverId, String receiverId, int n) {
        return Map.of("giverId", giverId, "receiverId", receiverId, "kind", "ADVICE", "weight", 1 + n % 5,
                      "asked", n % 3 == 0,
                      "occurredAt", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * n).toString());
    }

    private JsonNode post(String url, Map<String, ?> body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                           .header("Content-Type", "application/json").header("Authorization", authorization)
                           .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** The ids of every favor recorded, read from the event store's commits as stored. */
    private Set<String> favorsInTheEventStore(MongoDatabase database) throws IOException {
        Set<String> favorIds = ConcurrentHashMap.newKeySet();
        for (Document commit : database.getCollection("events").find()) {
            for (Document event : commit.getList("events", Document.class)) {
                if (event.getString("payloadType").endsWith("FavorRecorded")) {
                    Object payload = event.get("payload");
                    JsonNode favor = payload instanceof Document document
                            ? json.readTree(document.toJson()) : json.readTree(payload.toString());
                    favorIds.add(favor.get("favorId").asText());
                }
            }
        }
        return favorIds;
    }

    private static Set<String> favorsInTheReciprocityReadModel(MongoDatabase database, String ledgerId) {
        Set<String> favorIds = ConcurrentHashMap.newKeySet();
        for (Document favor : database.getCollection(ReadModelCollections.RECIPROCITY_FAVORS)
                                      .find(new Document("ledgerId", ledgerId))) {
            favorIds.add(favor.getString("_id").substring(ledgerId.length() + 1));
        }
        return favorIds;
    }

    /** A token of the administrator, made over HTTP with the password the app was first started with. */
    private String tokenOf(App app) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(app.url("/api/me/tokens"))).timeout(Duration.ofSeconds(30))
                           .header("Content-Type", "application/json")
                           .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                   (Accounts.FIRST_ADMINISTRATOR + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                           .POST(HttpRequest.BodyPublishers.ofString(
                                   "{\"name\": \"crash test\", \"expiresInDays\": 1, \"scope\": \"WRITE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("A token was refused: " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).get("token").asText();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The single-node app in a process of its own, as {@code java -jar goodwill.jar} runs it. */
    private record App(Process process, int port) {

        static App start(Path data, int port, int databasePort) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(
                    java, "-cp", System.getProperty("java.class.path"), GoodwillApp.class.getName(),
                    "--server.port=" + port,
                    "--goodwill.mongodb.data-directory=" + data,
                    "--goodwill.mongodb.embedded-port=" + databasePort,
                    "--goodwill.mongodb.database=" + DATABASE,
                    "--goodwill.admin.password=" + ADMIN_PASSWORD)
                    .redirectErrorStream(true)
                    .redirectOutput(data.resolve("app-" + port + ".log").toFile())
                    .start();
            App app = new App(process, port);
            HttpClient client = HttpClient.newHttpClient();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                   .until(() -> {
                       assertThat(process.isAlive()).as("the app is running").isTrue();
                       return client.send(HttpRequest.newBuilder(URI.create(app.url("/actuator/health"))).build(),
                                          HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                   });
            return app;
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        /** SIGKILL: no shutdown hook, no last commit. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        boolean killed() {
            return !process.isAlive();
        }
    }
}
