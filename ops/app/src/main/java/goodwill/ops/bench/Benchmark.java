package goodwill.ops.bench;

import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import goodwill.ops.bench.BenchReport.Rate;
import goodwill.storage.MongoEventStorageEngine;
import goodwill.storage.StorageCollections;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One bench run: the single-node app on a scratch database, its web server on a random loopback port, a
 * workload of favors through the command bus and then through HTTP, then the raw limits of the same server
 * measured right beside it.
 */
final class Benchmark {

    private final BenchSettings settings;

    Benchmark(BenchSettings settings) {
        this.settings = settings;
    }

    BenchReport run() throws Exception {
        return ScratchApp.run(settings.dataDirectory(), machine -> new BenchReport(String.format(
                "%s; %d favors through the command bus and %d through HTTP, from %d clients",
                machine, settings.events(), settings.httpFavors(), settings.clients())), this::measure);
    }

    private void measure(ConfigurableApplicationContext app, MongoDatabase mongo, BenchReport report) throws Exception {
        FavorWorkload workload = new FavorWorkload(app.getBean(CommandGateway.class));
        workload.prepare();
        int single = Math.min(2_000, settings.events() / 10);
        Rate appendsSingle = timed("appends, 1 client", single, "events", "Recording favors, 1 client",
                                   1, i -> workload.recordFavor(i));
        Rate appendsConcurrent = timed("appends, " + settings.clients() + " clients", settings.events() - single, "events",
                                       "Recording favors, " + settings.clients() + " clients",
                                       settings.clients(), i -> workload.recordFavor(single + i));
        BenchClient http = ScratchApp.client(app);
        Rate httpFavors = timed("POST /favors, " + settings.clients() + " clients", settings.httpFavors(), "favors",
                                "Recording favors through HTTP, " + settings.clients() + " clients",
                                settings.clients(), i -> http.recordFavor(FavorWorkload.LEDGER, workload.favorJson("http-favor-" + i, i)));

        MongoCollection<Document> raw = mongo.getCollection("bench_raw");
        Document sample = mongo.getCollection(StorageCollections.EVENTS).find().sort(ascending("_id")).skip(100).first();
        AtomicLong rawIds = new AtomicLong();
        int rawSingle = Math.min(2_000, settings.rawInserts() / 5);
        Rate insertsSingle = timed("raw inserts, 1 client", rawSingle, "docs", "Raw inserts, 1 client", 1,
                                   i -> raw.insertOne(new Document(sample).append("_id", rawIds.incrementAndGet())));
        Rate insertsConcurrent = timed("raw inserts, " + settings.clients() + " clients", settings.rawInserts() - rawSingle,
                                       "docs", "Raw inserts, " + settings.clients() + " clients", settings.clients(),
                                       i -> raw.insertOne(new Document(sample).append("_id", rawIds.incrementAndGet())));
        raw.drop();

        Rate scan = rawScan(mongo);
        MongoCollection<Document> tokens = mongo.getCollection(StorageCollections.TOKENS);
        AtomicLong largestToken = new AtomicLong();
        Rate replay = replay(app, app.getBean(MongoEventStorageEngine.class).headPosition(),
                             () -> largestToken.accumulateAndGet(largestStoredToken(tokens), Math::max));

        report.add("event-store appends through the command bus, 1 client", appendsSingle, insertsSingle);
        report.add("event-store appends through the command bus, " + settings.clients() + " clients", appendsConcurrent, insertsConcurrent);
        report.add("favors recorded through HTTP (POST /api/ledgers/{l}/favors, JSON), " + settings.clients() + " clients",
                   httpFavors, insertsConcurrent);
        report.add("full replay of a tracking processor", replay, scan);
        report.add("raw driver inserts, 1 client (journaled)", insertsSingle, null);
        report.add("raw driver inserts, " + settings.clients() + " clients (journaled)", insertsConcurrent, null);
        report.add("raw scan of the events collection, sorted by position", scan, null);
        report.note("largest stored tracking token seen during the replay: " + largestToken.get() + " bytes");
    }

    private static long largestStoredToken(MongoCollection<Document> tokens) {
        long largest = 0;
        for (Document token : tokens.find(com.mongodb.client.model.Filters.eq("processorName", ReplayCounter.PROCESSING_GROUP))) {
            if (token.get("token") instanceof org.bson.types.Binary binary) {
                largest = Math.max(largest, binary.length());
            }
        }
        return largest;
    }

    /**
     * The limit of a run's writes: copies of a stored commit document inserted with the raw driver, journaled, from
     * {@code clients} threads, into a collection dropped afterwards.
     */
    static Rate rawInserts(MongoDatabase mongo, int count, int clients) throws Exception {
        MongoCollection<Document> raw = mongo.getCollection("bench_raw");
        Document sample = mongo.getCollection(StorageCollections.EVENTS).find().skip(10).first();
        AtomicLong ids = new AtomicLong();
        try {
            return timed("raw inserts, " + clients + " clients", count, "docs", "Raw inserts", clients,
                         i -> raw.insertOne(new Document(sample).append("_id", ids.incrementAndGet())));
        } finally {
            raw.drop();
        }
    }

    /** Runs {@code action} for 0 … count-1 from {@code clients} threads and times the whole. */
    static Rate timed(String what, int count, String unit, String task, int clients, IntConsumer action)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try (ProgressBar progress = new ProgressBar(task, count)) {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        action.accept(i);
                        progress.step();
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            return new Rate(what, count, System.nanoTime() - start, unit);
        } finally {
            pool.shutdown();
        }
    }

    /** One cursor over every commit document in position order, decoded as the store decodes them. */
    static Rate rawScan(MongoDatabase mongo) {
        MongoCollection<Document> events = mongo.getCollection(StorageCollections.EVENTS);
        long start = System.nanoTime();
        long documents = 0;
        try (MongoCursor<Document> cursor = events.find().sort(ascending("_id")).batchSize(1000).cursor()) {
            while (cursor.hasNext()) {
                cursor.next();
                documents++;
            }
        }
        return new Rate("one sorted cursor", documents, System.nanoTime() - start, "docs");
    }

    /** Resets the counting processor to the start of history and times it until it has handled everything. */
    static Rate replay(ConfigurableApplicationContext app, long head, Runnable sample) throws InterruptedException {
        ReplayCounter counter = app.getBean(ReplayCounter.class);
        TrackingEventProcessor processor = app.getBean(EventProcessingConfiguration.class)
                                              .eventProcessor(ReplayCounter.PROCESSING_GROUP, TrackingEventProcessor.class)
                                              .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        counter.reset();
        try (ProgressBar progress = new ProgressBar("Replaying a tracking processor", head)) {
            long start = System.nanoTime();
            processor.start();
            while (counter.handled() < head) {
                progress.stepTo(counter.handled());
                sample.run();
                Thread.sleep(50);
            }
            long nanos = System.nanoTime() - start;
            sample.run();
            progress.stepTo(counter.handled());
            return new Rate("tracking processor from the tail", counter.handled(), nanos, "events");
        }
    }
}
