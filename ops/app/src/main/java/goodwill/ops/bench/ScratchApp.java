package goodwill.ops.bench;

import com.mongodb.client.MongoDatabase;
import goodwill.ops.GoodwillApp;
import goodwill.storage.EmbeddedMongo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The single-node app (both sides, every projection, and the bench's {@link ReplayCounter}) on a scratch
 * database, its web server on a random loopback port: the embedded server in a temporary directory deleted
 * afterwards, or a database of its own at {@code MONGODB_URI}, dropped afterwards. Never the user's data.
 */
final class ScratchApp {

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
        boolean external = System.getenv("MONGODB_URI") != null && !System.getenv("MONGODB_URI").isBlank();
        Path data = dataDirectory != null ? dataDirectory : Files.createTempDirectory("goodwill-bench-");
        BenchReport report = reportFor.apply(String.format(
                "%s, %d cores, %d MiB max heap, %s",
                external ? "MongoDB at MONGODB_URI" : "embedded server (mongo-java-server, H2 file backend) in " + data,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GoodwillApp.class, ReplayCounter.class)
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
                    report.note("embedded data file after the run: "
                                + (Files.size(data.resolve(EmbeddedMongo.FILE_NAME)) >> 20) + " MiB");
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

    static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
