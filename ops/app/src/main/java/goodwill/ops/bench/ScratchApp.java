package goodwill.ops.bench;

import com.mongodb.client.MongoDatabase;
import goodwill.access.AccessTokens;
import goodwill.access.Accounts;
import goodwill.access.TokenScope;
import goodwill.ops.GoodwillApp;
import goodwill.storage.EmbeddedMongo;
import goodwill.storage.MongoConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.bson.RawBsonDocument;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The single-node app (both sides, every projection, and the bench's {@link ReplayCounter}) on a scratch
 * database, its web server on a random loopback port: the embedded server in a temporary directory deleted
 * afterwards, or a database of its own at {@code MONGODB_URI}, dropped afterwards. Never the user's data.
 */
final class ScratchApp {

    /** How long the store is left idle before the data file is measured again. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    interface Measurement {
        void measure(ConfigurableApplicationContext app, MongoDatabase mongo, BenchReport report) throws Exception;
    }

    private ScratchApp() {
    }

    /**
     * Runs the measurement on a scratch app; {@code reportFor} makes the report from where and on what it runs,
     * and the size of the embedded data file is noted in it afterwards.
     */
    static BenchReport run(Path dataDirectory, Function<String, BenchReport> reportFor, Measurement measurement)
            throws Exception {
        return run(dataDirectory, List.of(), reportFor, measurement);
    }

    /** As {@link #run(Path, Function, Measurement)}, with more configuration for the app. */
    static BenchReport run(Path dataDirectory, List<Class<?>> configuration, Function<String, BenchReport> reportFor,
                           Measurement measurement) throws Exception {
        boolean external = System.getenv("MONGODB_URI") != null && !System.getenv("MONGODB_URI").isBlank();
        Path data = dataDirectory != null ? dataDirectory : Files.createTempDirectory("goodwill-bench-");
        BenchReport report = reportFor.apply(String.format(
                "%s, %d cores, %d MiB max heap, %s",
                external ? "MongoDB at MONGODB_URI" : "embedded server (mongo-java-server, H2 file backend) in " + data,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(sources(configuration))
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN",
                        "goodwill.mongodb.data-directory", data.toString(),
                        "goodwill.mongodb.database", "goodwill-bench-" + UUID.randomUUID(),
                        "axon.eventhandling.processors." + ReplayCounter.PROCESSING_GROUP + ".batch-size", "1000"))
                .run("--server.port=0", "--server.address=127.0.0.1")) {
            MongoDatabase mongo = app.getBean(MongoDatabase.class);
            try {
                measurement.measure(app, mongo, report);
                if (!external) {
                    noteDisk(app, mongo, data.resolve(EmbeddedMongo.FILE_NAME), report);
                }
            } finally {
                if (external) {
                    mongo.drop();
                }
            }
        } finally {
            if (dataDirectory == null) {
                deleteRecursively(data);
            }
        }
        return report;
    }

    /**
     * The data file beside the BSON size of every live document (what a {@code dbStats} sums), right after the
     * run and once the store has had a few seconds to reuse and compact, and what the store wrote to get there.
     */
    private static void noteDisk(ConfigurableApplicationContext app, MongoDatabase mongo, Path file, BenchReport report)
            throws IOException, InterruptedException {
        LiveDocuments live = LiveDocuments.in(mongo);
        long rightAfter = Files.size(file);
        Thread.sleep(SETTLE.toMillis());
        long settled = Files.size(file);
        report.note(String.format(Locale.ROOT, "embedded data file after the run: %,d MiB, %,d MiB %d s later; "
                                                + "live documents: %,d, %.1f MiB of BSON (file %.1f× that once settled)",
                                  rightAfter >> 20, settled >> 20, SETTLE.toSeconds(), live.count(),
                                  live.mebibytes(), (double) settled / live.bytes()));
        app.getBean(MongoConnection.class).embeddedStatistics()
           .ifPresent(statistics -> report.note("embedded store: " + statistics));
    }

    /** How many documents a database holds, and their BSON size, summed through the driver. */
    record LiveDocuments(long count, long bytes) {

        static LiveDocuments in(MongoDatabase mongo) {
            long count = 0;
            long bytes = 0;
            for (String name : mongo.listCollectionNames()) {
                for (RawBsonDocument document : mongo.getCollection(name, RawBsonDocument.class).find()) {
                    bytes += document.getByteBuffer().remaining();
                    count++;
                }
            }
            return new LiveDocuments(count, bytes);
        }

        double mebibytes() {
            return bytes / 1048576.0;
        }
    }

    private static Class<?>[] sources(List<Class<?>> configuration) {
        List<Class<?>> sources = new ArrayList<>(List.of(GoodwillApp.class, ReplayCounter.class));
        sources.addAll(configuration);
        return sources.toArray(Class<?>[]::new);
    }

    /** A WRITE token of the first administrator, who owns the bench's ledgers: the bench authenticates like any client. */
    /** The app's tracking processors: every read model's, and the bench's counting one. */
    static List<TrackingEventProcessor> trackingProcessors(ConfigurableApplicationContext app) {
        return app.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                  .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast).toList();
    }

    /** A client of the app's HTTP API, with a WRITE token of the first administrator's. */
    static BenchClient client(ConfigurableApplicationContext app) {
        String token = app.getBean(AccessTokens.class).create(Accounts.FIRST_ADMINISTRATOR, "bench", 1, TokenScope.WRITE)
                          .token();
        return new BenchClient(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class), token);
    }

    static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
