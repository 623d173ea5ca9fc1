package goodwill.ops;

import goodwill.storage.EmbeddedMongo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the embedded MongoDB-compatible server alone, with the durability it has inside the app, so that several
 * Goodwill processes on one machine share one database through {@code MONGODB_URI}, as they would share a MongoDB
 * replica set. Stopped (SIGTERM, Ctrl-C), it commits and closes its file.
 */
@Command(name = "db",
         description = {"Runs the embedded database server alone on 127.0.0.1, for several Goodwill processes on this",
                        "machine: start each with MONGODB_URI=mongodb://127.0.0.1:PORT and the same master key."})
class DbCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "27017",
            description = "The loopback port to listen on (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--data-directory", defaultValue = "./data",
            description = "Where its file goes (default: ${DEFAULT-VALUE}); the app's embedded database uses the same.")
    private Path dataDirectory;

    @Option(names = "--cache-megabytes", defaultValue = "256",
            description = "The page cache (default: ${DEFAULT-VALUE}), as goodwill.mongodb.embedded-cache-megabytes.")
    private int cacheMegabytes;

    @Override
    public Integer call() {
        EmbeddedMongo database = EmbeddedMongo.start(dataDirectory, port, cacheMegabytes);
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "database-shutdown"));
        LoggerFactory.getLogger(DbCommand.class).info(
                "Goodwill's database is up: start each Goodwill process with MONGODB_URI={} and one master key "
                + "(GOODWILL_MASTER_KEY)", database.connectionString());
        return ServeCommand.SERVING;
    }
}
