package goodwill.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import goodwill.access.Memberships;
import goodwill.ops.bench.BenchReport.Latencies;
import goodwill.ops.bench.BenchReport.Rate;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import goodwill.storage.EmbeddedMongo;
import goodwill.storage.MongoConnection;
import goodwill.storage.MongoEventStorageEngine;
import goodwill.storage.StorageProperties;
import goodwill.storage.StoreStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What forgetting a person costs on a large store: one ledger of at least the events asked for (the sample network
 * repeated, as for the reports), every read model caught up; then one person of it forgotten through HTTP while one
 * client keeps recording favors and another keeps reading a directory, both in another ledger. Measured: how long
 * until every read model has applied the forgetting (each folds the whole ledger again), how long until the store's
 * file is rewritten, and the latencies of that load meanwhile beside the same load's before; then the file rewritten
 * once more alone, beside a plain copy of the file (the disk's limit).
 */
final class ForgettingCostBenchmark {

    private static final Duration BASELINE = Duration.ofSeconds(10);
    private static final Duration AFTERWARDS = Duration.ofSeconds(2);

    private final QuerySideSettings settings;

    ForgettingCostBenchmark(QuerySideSettings settings) {
        this.settings = settings;
    }

    BenchReport run() throws Exception {
        return ScratchApp.run(settings.dataDirectory(), machine -> new BenchReport(machine + "; forgetting a person"),
                              this::measure);
    }

    private void measure(ConfigurableApplicationContext app, MongoDatabase mongo, BenchReport report) throws Exception {
        BenchClient http = ScratchApp.client(app);
        DemoLoader.Loaded demo = app.getBean(DemoLoader.class).load(SampleNetwork.standard());
        MongoEventStorageEngine store = app.getBean(MongoEventStorageEngine.class);
        int events = ReportsBenchmark.repeatDemoLedger(store, app.getBean(JacksonSerializer.class).getObjectMapper(),
                                                       demo.meId(), settings.events(),
                                                       app.getBean(Memberships.class));
        FavorWorkload load = new FavorWorkload(app.getBean(CommandGateway.class));
        load.prepare();
        QuerySideBenchmark.awaitProcessors(http, List.of(), false, "Every read model catching up");
        MongoConnection connection = app.getBean(MongoConnection.class);
        Path file = app.getBean(StorageProperties.class).dataDirectory().resolve(EmbeddedMongo.FILE_NAME);
        long fileBefore = Files.size(file);

        Load before = Load.start(http, load);
        Thread.sleep(BASELINE.toMillis());
        before.stop();

        String person = someoneOf(http);
        Load during = Load.start(http, load);
        long start = System.nanoTime();
        http.postJson("/api/ledgers/" + ReportsBenchmark.LEDGER + "/contacts/" + person + "/forgetting",
                      "{\"reason\": \"asked by email\"}", 200);
        long recorded = System.nanoTime() - start;
        awaitPosition(http, store.headPosition());
        long applied = System.nanoTime() - start;
        long rewritesBefore = statistics(connection).fileRewrites();
        while (statistics(connection).fileRewrites() == rewritesBefore) {
            Thread.sleep(20);
        }
        long rewritten = System.nanoTime() - start;
        Thread.sleep(AFTERWARDS.toMillis());
        during.stop();
        long fileAfter = Files.size(file);

        long alone = System.nanoTime();
        connection.rewriteEmbeddedFile();
        alone = System.nanoTime() - alone;
        Path copy = Files.createTempFile(file.getParent(), "copy-", ".bin");
        long copying = System.nanoTime();
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        copying = System.nanoTime() - copying;
        Files.delete(copy);

        report.add("the forgetting recorded (POST …/contacts/{c}/forgetting)",
                   new Latencies("one", new long[] {recorded}), null);
        report.add(String.format(Locale.ROOT, "every read model applied it (%d tracking processors, each read model "
                                              + "folding the ledger's %,d events again)",
                                 ScratchApp.trackingProcessors(app).size(), events),
                   new Latencies("from the POST", new long[] {applied}), null);
        report.add("the store's file rewritten without what it replaced (the first rewrite begun once every read "
                   + "model applied it: 2 s after the last one wrote)",
                   new Latencies("from the POST", new long[] {rewritten}), null);
        report.add("favors recorded through HTTP meanwhile, 1 client", during.writes(), before.writes());
        report.add("directory GETs meanwhile, 1 client", during.reads(), before.reads());
        long mebibytes = Files.size(file) >> 20;
        report.add("the whole file rewritten once more, alone (reads and writes wait)",
                   new Rate(String.format(Locale.ROOT, "%,d MiB file", mebibytes), mebibytes, alone, "MiB"),
                   new Rate("a plain copy of the file", mebibytes, copying, "MiB"));
        report.note(String.format(Locale.ROOT, "ledger '%s': %,d events; the person forgotten: %s; embedded data file "
                                               + "%,d MiB before the forgetting, %,d MiB after its rewrite",
                                  ReportsBenchmark.LEDGER, events, person, fileBefore >> 20, fileAfter >> 20));
        report.note("the limit beside the load's latencies is the same load in the " + BASELINE.toSeconds()
                    + " s before the forgetting");
    }

    /**
     * Waits until every tracking processor has come as far as the position (the head once the forgetting was
     * recorded, so at or after it): the load goes on recording meanwhile, so none is ever quite at the head.
     */
    private static void awaitPosition(BenchClient http, long position) throws InterruptedException {
        while (true) {
            boolean there = true;
            for (JsonNode processor : http.getJson("/api/admin/processors")) {
                there &= !processor.path("tracking").asBoolean() || processor.path("position").asLong(-1) >= position;
            }
            if (there) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static StoreStatistics statistics(MongoConnection connection) {
        return connection.embeddedStatistics().orElseThrow(
                () -> new IllegalStateException("The forgetting's cost is measured on the embedded store only"));
    }

    /** A person of the large ledger who is in its first repetition of the sample network: anyone but me. */
    private static String someoneOf(BenchClient http) {
        JsonNode directory = http.getJson("/api/ledgers/" + ReportsBenchmark.LEDGER + "/contacts");
        for (JsonNode contact : directory.path("contacts")) {
            if (!contact.path("me").asBoolean()) {
                return contact.path("contactId").asText();
            }
        }
        throw new IllegalStateException("The ledger has nobody to forget but me");
    }

    /** One client recording favors and one reading the bench ledger's directory, each timed, until stopped. */
    private record Load(ExecutorService clients, AtomicBoolean running, List<Future<long[]>> timings) {

        private static final AtomicInteger FAVORS = new AtomicInteger();

        static Load start(BenchClient http, FavorWorkload load) {
            ExecutorService clients = Executors.newFixedThreadPool(2);
            AtomicBoolean running = new AtomicBoolean(true);
            List<Future<long[]>> timings = new ArrayList<>();
            timings.add(clients.submit(() -> timed(running, () -> {
                int i = FAVORS.incrementAndGet();
                http.recordFavor(FavorWorkload.LEDGER, load.favorJson("forgetting-load-" + i, i));
            })));
            timings.add(clients.submit(() -> timed(running, () -> http.getJson("/api/ledgers/" + FavorWorkload.LEDGER
                                                                               + "/contacts"))));
            return new Load(clients, running, timings);
        }

        private static long[] timed(AtomicBoolean running, Runnable request) {
            List<Long> nanos = new ArrayList<>();
            while (running.get()) {
                long start = System.nanoTime();
                request.run();
                nanos.add(System.nanoTime() - start);
            }
            return nanos.stream().mapToLong(Long::longValue).toArray();
        }

        void stop() throws Exception {
            running.set(false);
            clients.shutdown();
            for (Future<long[]> timing : timings) {
                timing.get();
            }
        }

        Latencies writes() throws Exception {
            return new Latencies("POSTs", timings.get(0).get());
        }

        Latencies reads() throws Exception {
            return new Latencies("GETs", timings.get(1).get());
        }
    }
}
