package goodwill.ops.cluster;

import static goodwill.ops.ReadModelSnapshots.assertSameReadModels;
import static goodwill.ops.ReadModelSnapshots.readModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.ops.GoodwillProcess;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.storage.StorageCollections;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out as a cluster runs it, on one machine: a database ({@code goodwill db}, or the MongoDB at
 * {@code MONGODB_URI}), two command-side and two query-side processes, every processor in four segments. What
 * one side records the other shows, and neither serves the other's endpoints. Eight
 * writers record favors in four ledgers through both command-side processes and amend one favor through both at
 * once; a third of the way in, the query-side process holding the most segments is killed with SIGKILL and a new
 * one started. Once the writers stop: every acknowledged event is in the event store once; every segment is held
 * by a live process; a counting processor handed each event to one live process once (one the killed process had
 * handled too, in the batch it died in, is the at-least-once delivery every read model's fold absorbs); every read
 * model is, document for document, what one process replaying the same events from scratch builds; and so it is
 * again after every processor was replayed from either surviving process while the other held segments of it.
 */
class ClusterTest {

    private static final int WRITES = 1_200;
    private static final int LEDGERS = 4;
    private static final int SEGMENTS = 4;
    private static final String SEGMENTED = "--goodwill.processors.segments=" + SEGMENTS;
    private static final String COUNTING = "--spring.main.sources=" + CountingProjection.class.getName();
    private static final Duration PATIENCE = ChildProcess.PATIENCE;
    private static final Duration POLL = Duration.ofMillis(200);

    @TempDir
    Path data;

    @Test
    void aClusterWithAQuerySideProcessKilledMidStreamMissesNothingAndAppliesNothingTwice() throws Exception {
        try (Cluster cluster = Cluster.start(data)) {
            List<Cluster.Side> started = startAll(List.of(
                    () -> cluster.side("command-1", "command"),
                    () -> cluster.side("command-2", "command"),
                    () -> cluster.side("query-1", "query", SEGMENTED, COUNTING),
                    () -> cluster.side("query-2", "query", SEGMENTED, COUNTING)));
            List<String> commands = List.of(started.get(0).url(), started.get(1).url());
            Cluster.Side first = started.get(2);
            Cluster.Side second = started.get(3);

            List<Ledger> ledgers = new ArrayList<>();
            for (int l = 0; l < LEDGERS; l++) {
                ledgers.add(Ledger.open(cluster, commands.get(l % 2), l));
            }
            Ledger shared = ledgers.get(0);
            String amended = shared.favor(cluster, commands.get(0), 0).path("favorId").asText();
            eachSideServesOnlyItsOwn(cluster, commands.get(1), first.url(), shared);

            Writes writes = new Writes();
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                writing.add(writers.submit(() -> {
                    for (int n = writes.sent.incrementAndGet(); n <= WRITES; n = writes.sent.incrementAndGet()) {
                        String node = commands.get(n % 2);
                        if (n % 10 == 0) {
                            writes.amendment(cluster.send(HttpRequest.newBuilder(URI.create(
                                    node + shared.path() + "/favors/" + amended + "/amendment"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"amended, " + n + "\"}"))),
                                               cluster);
                        } else {
                            Ledger ledger = ledgers.get(n % LEDGERS);
                            writes.favor(ledger, ledger.favor(cluster, node, n));
                        }
                    }
                    return null;
                }));
            }
            await().atMost(PATIENCE).until(() -> writes.sent.get() >= WRITES / 3);
            Cluster.Side killed = heldBy(cluster, first) >= heldBy(cluster, second) ? first : second;
            Cluster.Side survivor = killed == first ? second : first;
            killed.process().process().destroyForcibly().waitFor();
            Cluster.Side third = cluster.side("query-3", "query", SEGMENTED, COUNTING);
            for (Future<?> writer : writing) {
                writer.get();
            }
            writers.shutdown();
            assertThat(writes.refused).as("answers other than 201, or 200/409 to an amendment").isEmpty();
            assertThat(writes.amendments.get()).as("amendments recorded").isPositive();
            assertThat(writes.conflicts.get() + writes.amendments.get()).isEqualTo(WRITES / 10);

            MongoDatabase database = cluster.mongo();
            List<Document> events = events(database);
            List<String> ids = events.stream().map(event -> event.getString("eventIdentifier")).toList();
            assertThat(new HashSet<>(ids)).as("event ids, each once").hasSameSizeAs(ids);
            Map<String, Integer> recorded = new HashMap<>();
            int amendments = 0;
            for (Document event : events) {
                String aggregate = event.getString("aggregateIdentifier"); // <ledger>:favor:<favor id>
                String favor = aggregate.substring(aggregate.lastIndexOf(':') + 1);
                if (event.getString("payloadType").equals(FavorRecorded.class.getName())) {
                    recorded.merge(favor, 1, Integer::sum);
                } else if (event.getString("payloadType").equals(FavorAmended.class.getName())) {
                    assertThat(favor).isEqualTo(amended);
                    amendments++;
                }
            }
            Set<String> acknowledged = new HashSet<>(writes.favors.keySet());
            acknowledged.add(amended);
            assertThat(recorded.keySet()).as("favors in the event store: those acknowledged").isEqualTo(acknowledged);
            assertThat(new HashSet<>(recorded.values())).as("times each favor is recorded").containsOnly(1);
            assertThat(amendments).as("amendments in the event store").isEqualTo(writes.amendments.get());

            String dead = killed.pid() + "@";
            List<Cluster.Side> live = List.of(survivor, third);
            await().atMost(PATIENCE).pollInterval(POLL).until(() -> everySegmentHeldByTheLiving(cluster, live, dead));

            await().atMost(PATIENCE).pollInterval(POLL).until(
                    () -> database.getCollection(CountingProjection.COLLECTION).countDocuments() == ids.size());
            for (Document counted : database.getCollection(CountingProjection.COLLECTION).find()) {
                List<String> by = counted.getList("by", String.class);
                List<String> byTheLiving = by.stream().filter(node -> !node.startsWith(dead)).toList();
                assertThat(new HashSet<>(by)).as("event %s, handled by %s", counted.get("_id"), by).hasSameSizeAs(by);
                assertThat(byTheLiving).as("event %s, handled by %s", counted.get("_id"), by).hasSizeLessThan(2);
            }
            assertThat(database.getCollection(CountingProjection.COLLECTION).distinct("_id", String.class)
                               .into(new HashSet<>())).as("events counted").isEqualTo(new HashSet<>(ids));

            for (Ledger ledger : ledgers) {
                int favors = writes.given(ledger) + (ledger == shared ? 1 : 0);
                await().atMost(PATIENCE).pollInterval(POLL).until(() -> ledger.given(cluster, third.url()) == favors);
            }

            MongoDatabase apart = replayedApart(cluster);
            await().atMost(PATIENCE).pollInterval(POLL).untilAsserted(() -> assertSameReadModels(
                    readModels(apart), readModels(database), "the cluster's, against one process's replay"));

            List<String> replayed = new ArrayList<>();
            for (JsonNode processor : cluster.getJson(survivor.url() + "/api/admin/processors")) {
                String name = processor.path("name").asText();
                if (processor.path("tracking").asBoolean() && !name.equals(CountingProjection.GROUP)) {
                    Cluster.Side from = live.get(replayed.size() % 2);
                    HttpResponse<String> replay = cluster.send(HttpRequest.newBuilder(URI.create(
                            from.url() + "/api/admin/processors/" + name + "/replay"))
                            .POST(HttpRequest.BodyPublishers.noBody()));
                    assertThat(replay.statusCode()).as("replay of %s from %s: %s", name, from.name(), replay.body())
                                                   .isEqualTo(202);
                    if (name.equals("reciprocity")) {
                        neverHalfRebuilt(cluster, live.get((replayed.size() + 1) % 2), ledgers.get(1),
                                         writes.given(ledgers.get(1)));
                    }
                    replayed.add(name);
                }
            }
            assertThat(replayed).contains("reciprocity", "journal", "contacts", "advocacy");
            assertThat(live).as("a process that let go of a processor another replayed")
                            .anyMatch(side -> GoodwillProcess.says(side.process().log(), "another node replays it"));
            await().atMost(PATIENCE).pollInterval(POLL).until(() -> everySegmentHeldByTheLiving(cluster, live, dead)
                    && database.getCollection("processor_replays").countDocuments() == 0);
            await().atMost(PATIENCE).pollInterval(POLL).untilAsserted(() -> assertSameReadModels(
                    readModels(apart), readModels(database), "replayed in the cluster, against one process's replay"));
        }
    }

    /**
     * What the command side records, the query side's read models show; the command side answers no query and keeps
     * no read model, the query side records nothing and keeps no read model of the command side's.
     */
    private static void eachSideServesOnlyItsOwn(Cluster cluster, String commands, String queries, Ledger ledger)
            throws Exception {
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> ledger.given(cluster, queries) == 1);
        assertThat(cluster.get(commands + ledger.path() + "/reciprocity").statusCode())
                .as("a query on the command side").isEqualTo(404);
        assertThat(cluster.get(commands + "/api/admin/processors").statusCode())
                .as("no read model on the command side").isEqualTo(404);
        assertThat(cluster.getJson(queries + "/api/admin/processors").findValuesAsText("name"))
                .contains("reciprocity", "contacts", "journal").doesNotContain("ledger-directory");
        HttpResponse<String> refused = cluster.send(HttpRequest.newBuilder(URI.create(queries + ledger.path()
                                                                                     + "/contacts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"displayName\": \"Cy\"}")));
        assertThat(refused.statusCode()).as("a recording on the query side").isEqualTo(405);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    /**
     * While the balances are rebuilt, the other process answers for them that they are being rebuilt, or the whole
     * count, never a count half rebuilt; until its processor runs again.
     */
    private static void neverHalfRebuilt(Cluster cluster, Cluster.Side other, Ledger ledger, int favors) {
        String processor = other.url() + "/api/admin/processors/reciprocity";
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            boolean running = cluster.getJson(processor).path("status").asText().equals("RUNNING");
            int given = 0;
            for (String person : ledger.people()) {
                HttpResponse<String> answer = cluster.get(other.url() + ledger.path() + "/reciprocity/" + person);
                JsonNode body = cluster.json.readTree(answer.body());
                if (answer.statusCode() == 503) {
                    assertThat(body.path("code").asText()).as(answer.body()).isEqualTo("rebuilding");
                    return false;
                }
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                given += body.path("given").path("count").asInt();
            }
            assertThat(given).as("favors given, as the other process answers during the replay").isEqualTo(favors);
            return running;
        });
    }

    /** One ledger of the test: its owner gives favors to two people. */
    private record Ledger(String path, String me, List<String> people) {

        static Ledger open(Cluster cluster, String node, int number) throws Exception {
            JsonNode ledger = cluster.post(node + "/api/ledgers", Map.of("ownerName", "Owner " + number), 201);
            String path = "/api/ledgers/" + ledger.path("ledgerId").asText();
            List<String> people = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                people.add(cluster.post(node + path + "/contacts", Map.of("displayName", "Person " + number + c),
                                        201).path("contactId").asText());
            }
            return new Ledger(path, ledger.path("meId").asText(), people);
        }

        JsonNode favor(Cluster cluster, String node, int n) throws Exception {
            return cluster.post(node + path + "/favors", Map.of(
                    "giverId", me, "receiverId", people.get(n / LEDGERS % 2), "kind", "ADVICE", "weight", 1 + n % 5,
                    "asked", n % 3 == 0,
                    "occurredAt", Instant.parse("2026-11-01T10:00:00Z").plusSeconds(60L * n).toString()), 201);
        }

        /** The favors the owner gave, as the query side's balances count them. */
        int given(Cluster cluster, String node) throws Exception {
            int given = 0;
            for (String person : people) {
                given += cluster.getJson(node + path + "/reciprocity/" + person).path("given").path("count").asInt();
            }
            return given;
        }
    }

    /** What the writers were answered. */
    private static final class Writes {
        final AtomicInteger sent = new AtomicInteger();
        final Map<String, Ledger> favors = new ConcurrentHashMap<>();
        final AtomicInteger amendments = new AtomicInteger();
        final AtomicInteger conflicts = new AtomicInteger();
        final List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();

        void favor(Ledger ledger, JsonNode answer) {
            favors.put(answer.path("favorId").asText(), ledger);
        }

        void amendment(HttpResponse<String> answer, Cluster cluster) throws Exception {
            if (answer.statusCode() == 200) {
                amendments.incrementAndGet();
            } else if (answer.statusCode() == 409
                       && cluster.json.readTree(answer.body()).path("code").asText().equals("concurrent-change")) {
                conflicts.incrementAndGet();
            } else {
                refused.add(answer.statusCode() + " " + answer.body());
            }
        }

        int given(Ledger ledger) {
            return (int) favors.values().stream().filter(ledger::equals).count();
        }
    }

    /** Starts the processes at once, each as soon as it can. */
    private static List<Cluster.Side> startAll(List<Callable<Cluster.Side>> sides) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(sides.size());
        try {
            List<Cluster.Side> started = new ArrayList<>();
            for (Future<Cluster.Side> side : starting.invokeAll(sides)) {
                started.add(side.get());
            }
            return started;
        } finally {
            starting.shutdown();
        }
    }

    /** Every event the event store holds, in the order of their positions. */
    private static List<Document> events(MongoDatabase database) {
        List<Document> events = new ArrayList<>();
        for (Document commit : database.getCollection(StorageCollections.EVENTS).find()
                                       .sort(new Document("_id", 1))) {
            for (Document event : commit.getList("events", Document.class)) {
                events.add(new Document(event).append("aggregateIdentifier", commit.get("aggregateIdentifier")));
            }
        }
        return events;
    }

    /**
     * The cluster's history copied to a database of its own, and one query-side process with one segment building
     * every read model there from scratch; answered once it has caught up.
     */
    private static MongoDatabase replayedApart(Cluster cluster) throws Exception {
        MongoDatabase apart = cluster.mongo(cluster.apart());
        for (String collection : List.of(StorageCollections.EVENTS, StorageCollections.SEQUENCES,
                                         StorageCollections.DATA_KEYS)) {
            List<Document> documents = cluster.mongo().getCollection(collection).find().into(new ArrayList<>());
            if (!documents.isEmpty()) {
                apart.getCollection(collection).insertMany(documents);
            }
        }
        long last = ((Number) cluster.mongo().getCollection(StorageCollections.EVENTS).find()
                                     .sort(new Document("_id", -1)).first().get("_id")).longValue();
        Cluster.Side alone = cluster.sideOn(cluster.apart(), "alone", "query");
        await().atMost(PATIENCE).pollInterval(POLL).untilAsserted(() -> {
            JsonNode processors = cluster.getJson(alone.url() + "/api/admin/processors");
            assertThat(processors.size() > 0 && ProcessorsCaughtUp.caughtUp(processors)).as("%s", processors).isTrue();
            for (JsonNode processor : processors) {
                if (processor.path("tracking").asBoolean()) {
                    assertThat(processor.path("position").asLong()).as("%s", processor).isGreaterThanOrEqualTo(last);
                }
            }
        });
        return apart;
    }

    /** How many segments of every tracking processor the process holds. */
    private static int heldBy(Cluster cluster, Cluster.Side side) throws Exception {
        return cluster.getJson(side.url() + "/api/admin/processors").findValues("here").stream()
                      .mapToInt(here -> here.asBoolean() ? 1 : 0).sum();
    }

    /** Whether every tracking processor's segments are all held, none by the dead process, none in error. */
    private static boolean everySegmentHeldByTheLiving(Cluster cluster, List<Cluster.Side> live, String dead)
            throws Exception {
        for (Cluster.Side side : live) {
            for (JsonNode processor : cluster.getJson(side.url() + "/api/admin/processors")) {
                if (!processor.path("tracking").asBoolean()) {
                    continue;
                }
                if (processor.path("segments").size() != SEGMENTS || processor.path("status").asText().equals("ERROR")) {
                    return false;
                }
                for (JsonNode segment : processor.path("segments")) {
                    JsonNode owner = segment.path("owner");
                    if (!owner.isTextual() || owner.asText().startsWith(dead)
                        || segment.path("here").asBoolean() && !segment.path("caughtUp").asBoolean()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
