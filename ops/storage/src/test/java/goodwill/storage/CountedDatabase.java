package goodwill.storage;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;

/**
 * A database of a test's own, as {@link TestDatabase} gives one, reached through a client that counts its
 * round trips: on an embedded server of its own over a fresh data directory, or on the real MongoDB at
 * {@code MONGODB_URI} when that is set.
 */
public final class CountedDatabase implements AutoCloseable {

    private final EmbeddedMongo server;
    private final String uri;
    private final String name;
    private final RoundTrips roundTrips = new RoundTrips();
    private final MongoClient client;

    private CountedDatabase(EmbeddedMongo server, String uri) {
        this.server = server;
        this.uri = uri;
        this.name = "test-" + UUID.randomUUID();
        this.client = MongoClients.create(MongoClientSettings.builder(MongoConnection.settings(uri))
                                                             .addCommandListener(roundTrips).build());
    }

    public static CountedDatabase create() {
        String uri = System.getenv("MONGODB_URI");
        if (uri != null && !uri.isBlank()) {
            return new CountedDatabase(null, uri);
        }
        EmbeddedMongo server = EmbeddedMongo.start(TemporaryData.directory("goodwill-counted-"), 0, 64);
        return new CountedDatabase(server, server.connectionString());
    }

    /** The server's address, for other clients (another process's) to reach the same database. */
    public String uri() {
        return uri;
    }

    public String name() {
        return name;
    }

    public MongoDatabase database() {
        return client.getDatabase(name);
    }

    /** An event store on this database, as the app configures it. */
    public MongoEventStorageEngine eventStore() {
        return TestDatabase.eventStore(database(), builder -> builder);
    }

    public RoundTrips roundTrips() {
        return roundTrips;
    }

    @Override
    public void close() {
        client.close();
        if (server != null) {
            server.close();
        }
    }
}
