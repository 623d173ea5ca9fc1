package goodwill.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.ops.GoodwillProcess;
import goodwill.ops.bench.BenchReport.Rate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Scale-out on this machine (the {@code --cluster} bench): a {@code goodwill db} and Goodwill processes, each a JVM
 * of its own on a loopback port, as the cluster test starts them. Favors through HTTP from the clients: to one
 * process serving both sides (the single-node figure), then to one command-side process beside one query-side
 * process, then to two command-side processes; each round with how long the query side took to catch up after its
 * last favor. Then every read model replayed from one query-side process, holding every segment, and again with a
 * second sharing the segments. Every process's processors run in {@value #SEGMENTS} segments.
 */
final class ClusterBenchmark {

    private static final int SEGMENTS = 4;
    private static final int PEOPLE = 5;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");

    private final BenchSettings settings;
    private final String password = secret(18);
    private final String masterKey = secret(32);
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> processes = new ArrayList<>();
    private final AtomicInteger favorsSoFar = new AtomicInteger();
    private final Map<String, BenchClient> clients = new ConcurrentHashMap<>();
    private Path data;
    private String uri;
    private String token;

    ClusterBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    BenchReport run() throws Exception {
        boolean temporary = settings.dataDirectory() == null;
        data = temporary ? Files.createTempDirectory("goodwill-cluster-bench-") : settings.dataDirectory();
        try {
            int dbPort = GoodwillProcess.freePort();
            Path dbLog = data.resolve("db.log");
            start(dbLog, () -> GoodwillProcess.says(dbLog, "database is up"), "db", "--port=" + dbPort,
                  "--data-directory=" + data.resolve("db"));
            uri = "mongodb://127.0.0.1:" + dbPort;
            BenchReport report = new BenchReport(String.format(Locale.ROOT,
                    "goodwill db (embedded server, H2 file backend) in %s, every process a JVM of its own on this "
                    + "machine (%d cores, %s); %,d favors through HTTP from %d clients per round, each client a "
                    + "ledger of its own; processors in %d segments", data, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    settings.httpFavors(), settings.clients(), SEGMENTS));

            String single = side("single", "both");
            token = token(single);
            Round alone = write(List.of(single), List.of(single));
            report.add("favors through HTTP, one process serving both sides (single node)", alone.favors(), null);
            report.add("query side caught up after the last favor, single node", alone.caughtUp());
            stop(processes.remove(processes.size() - 1));

            String query = side("query-1", "query");
            String command = side("command-1", "command");
            Round one = write(List.of(command), List.of(query));
            report.add("favors through HTTP, 1 command-side + 1 query-side process", one.favors(), alone.favors());
            report.add("query side caught up after the last favor, 1 + 1 processes", one.caughtUp());
            String secondCommand = side("command-2", "command");
            Round two = write(List.of(command, secondCommand), List.of(query));
            report.add("favors through HTTP, 2 command-side + 1 query-side process", two.favors(), alone.favors());
            report.add("query side caught up after the last favor, 2 + 1 processes", two.caughtUp());

            Rate replayAlone = replay(query, List.of(query), "1 query-side process");
            report.add("replay of every read model, 1 query-side process, every segment", replayAlone, null);
            String secondQuery = side("query-2", "query");
            Rate replayShared = replay(query, List.of(query, secondQuery), "2 query-side processes");
            report.add("replay of every read model, 2 query-side processes sharing the segments", replayShared,
                       replayAlone);
            report.note("Every process runs on the same 2 cores and one embedded database server, so what a second "
                        + "process adds here is its share of the same CPUs and the same store; on machines of their "
                        + "own against a replica set the figures would differ. The replay's events are those the "
                        + "rounds recorded, handled once by each read model.");
            return report;
        } finally {
            for (int i = processes.size() - 1; i >= 0; i--) {
                stop(processes.get(i));
            }
            if (temporary) {
                ScratchApp.deleteRecursively(data);
            }
        }
    }

    private record Round(Rate favors, Duration caughtUp) {
    }

    /** Favors from the clients through the command-side processes in turn, then until the query side caught up. */
    private Round write(List<String> commands, List<String> queries) throws Exception {
        List<Ledger> ledgers = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            ledgers.add(Ledger.open(client(commands.get(c % commands.size())), "Bench client " + c));
        }
        AtomicInteger sent = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(settings.clients());
        long began = System.nanoTime();
        List<Future<?>> sending = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            Ledger ledger = ledgers.get(c);
            sending.add(writers.submit(() -> {
                for (int n = sent.incrementAndGet(); n <= settings.httpFavors(); n = sent.incrementAndGet()) {
                    client(commands.get(n % commands.size())).recordFavor(ledger.id(), ledger.favorJson(
                            favorsSoFar.incrementAndGet()));
                }
                return null;
            }));
        }
        for (Future<?> client : sending) {
            client.get();
        }
        long written = System.nanoTime();
        writers.shutdown();
        awaitCaughtUp(queries);
        return new Round(new Rate("favors", settings.httpFavors(), written - began, "favors"),
                         Duration.ofNanos(System.nanoTime() - written));
    }

    /** Every tracking processor replayed, started from {@code from}, until all are caught up again. */
    private Rate replay(String from, List<String> queries, String what) throws Exception {
        JsonNode processors = client(from).getJson("/api/admin/processors");
        long head = 0;
        List<String> names = new ArrayList<>();
        for (JsonNode processor : processors) {
            if (processor.path("tracking").asBoolean()) {
                names.add(processor.path("name").asText());
                head = Math.max(head, processor.path("head").asLong());
            }
        }
        long began = System.nanoTime();
        for (String name : names) {
            client(from).post("/api/admin/processors/" + name + "/replay", 202);
        }
        awaitCaughtUp(queries);
        return new Rate(names.size() + " read models × " + head + " events, " + what, head * names.size(),
                        System.nanoTime() - began, "events");
    }

    /** Until every tracking processor's every segment is held, has come to the head and replays no more. */
    private void awaitCaughtUp(List<String> queries) throws InterruptedException {
        await(() -> {
            for (String query : queries) {
                for (JsonNode processor : client(query).getJson("/api/admin/processors")) {
                    if (!processor.path("tracking").asBoolean()) {
                        continue;
                    }
                    if (processor.path("segments").size() != SEGMENTS || !processor.path("status").asText()
                                                                                   .equals("RUNNING")) {
                        return false;
                    }
                    long head = processor.path("head").asLong();
                    for (JsonNode segment : processor.path("segments")) {
                        boolean behind = segment.path("replaying").asBoolean()
                                         || segment.path("position").asLong() < head;
                        if (!segment.path("owner").isTextual() || segment.path("here").asBoolean() && behind) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }, "every read model caught up");
    }

    /** One client's ledger: its owner and a few people, favors both ways. */
    private record Ledger(String id, String me, List<String> people) {

        static Ledger open(BenchClient client, String owner) {
            JsonNode ledger = client.postJson("/api/ledgers", "{\"ownerName\": \"" + owner + "\"}", 201);
            String id = ledger.path("ledgerId").asText();
            List<String> people = new ArrayList<>();
            for (int p = 0; p < PEOPLE; p++) {
                people.add(client.postJson("/api/ledgers/" + id + "/contacts",
                                           "{\"displayName\": \"Person " + p + "\"}", 201).path("contactId").asText());
            }
            return new Ledger(id, ledger.path("meId").asText(), people);
        }

        String favorJson(int n) {
            String person = people.get(n % PEOPLE);
            boolean iGive = n % 2 == 0;
            return String.format(Locale.ROOT, """
                    {"giverId": "%s", "receiverId": "%s", "kind": "ADVICE", "weight": %d, "asked": %b,
                     "occurredAt": "%s"}""", iGive ? me : person, iGive ? person : me, 1 + n % 5, n % 3 == 0,
                                 START.plusSeconds(60L * n));
        }
    }

    /** {@code goodwill serve --side …} on the database; answers its base URL once it is up. */
    private String side(String name, String side) throws Exception {
        int port = GoodwillProcess.freePort();
        String url = "http://127.0.0.1:" + port;
        start(data.resolve(name + ".log"), () -> status(url + "/actuator/health") == 200,
              "serve", "--side=" + side, "--server.port=" + port, "--server.address=127.0.0.1",
              "--goodwill.processors.segments=" + SEGMENTS, "--goodwill.mongodb.data-directory=" + data.resolve(name),
              "--logging.level.root=WARN");
        return url;
    }

    private void start(Path log, BooleanSupplier ready, String... arguments) throws Exception {
        Process process = GoodwillProcess.start(log, Map.of("MONGODB_URI", uri == null ? "" : uri,
                                                            "GOODWILL_MASTER_KEY", masterKey,
                                                            "GOODWILL_ADMIN_PASSWORD", password), List.of(arguments));
        processes.add(process);
        await(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("goodwill " + arguments[0] + " stopped; see " + log);
            }
            return ready.getAsBoolean();
        }, "goodwill " + String.join(" ", arguments[0], arguments.length > 1 ? arguments[1] : "") + " up");
    }

    /** A WRITE token of the administrator's, made once through HTTP: every node knows it (the database is one). */
    private String token(String url) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(url + "/api/me/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"cluster bench\", \"expiresInDays\": 1, \"scope\": \"WRITE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (made.statusCode() != 201) {
            throw new IllegalStateException("POST /api/me/tokens answered " + made.statusCode() + ": " + made.body());
        }
        return BenchClient.json(made).path("token").asText();
    }

    /** The one client of the process at the URL: its connections kept alive between requests. */
    private BenchClient client(String url) {
        return clients.computeIfAbsent(url, base -> new BenchClient(
                Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), token));
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                       .statusCode();
        } catch (Exception notYet) {
            return -1;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("Not within " + PATIENCE.toMinutes() + " minutes: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String secret(int bytes) {
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
