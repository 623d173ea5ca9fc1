package goodwill.storage;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-compatible server of the single-node app and of the tests: mongo-java-server with
 * its H2 file backend, in-process, on a loopback port. Everything talks to it through the MongoDB Java
 * driver, exactly as to a real MongoDB.
 * <p>
 * Data lives in {@code goodwill.mv.db} under the data directory and survives a restart; a write with
 * {@code j:true} (the client's default here) is on disk before it is acknowledged, so it survives a crash.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    public static final String FILE_NAME = "goodwill.mv.db";
    private static final int WORKER_THREADS = 16;

    private final MongoServer server;
    private final DurableH2Backend backend;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, DurableH2Backend backend, InetSocketAddress address) {
        this.server = server;
        this.backend = backend;
        this.address = address;
    }

    /**
     * Opens (or creates) the data in {@code dataDirectory} with a page cache of {@code cacheMegabytes} and
     * listens on 127.0.0.1:{@code port} (0: any free port).
     */
    public static EmbeddedMongo start(Path dataDirectory, int port, int cacheMegabytes) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory.toAbsolutePath(), e);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        // MVStore's own background writer is off: DurableH2Backend makes every commit, syncs each, and tidies
        // the file, which is what makes reusing freed space at once safe.
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(cacheMegabytes)
                                             .autoCommitDisabled().open();
        DurableH2Backend backend = new DurableH2Backend(store);
        MongoServer server = new MongoServer(backend);
        // Each connection is served by one worker thread, which a journaled write holds during its commit:
        // with more workers, a commit stalls fewer of the other connections.
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, WORKER_THREADS);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB-compatible server on {} with data in {}", address, file.toAbsolutePath());
        return new EmbeddedMongo(server, backend, address);
    }

    /** What the store has done since it was opened, and how full its file is. */
    public StoreStatistics statistics() {
        return backend.statistics();
    }

    /** Rewrites the data file with nothing in it that the store no longer holds (see DurableH2Backend). */
    public void rewriteFile() {
        backend.rewriteFile();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    /** Closes the connections, then commits and closes the data file. */
    @Override
    public void close() {
        log.info("Closing the embedded server: {}", backend.statistics());
        server.shutdownNow();
    }
}
