package goodwill.storage;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.UnaryOperator;
import com.mongodb.client.MongoDatabase;
import goodwill.events.LedgerEvent;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * A database of a test's own: on the embedded server over a fresh data directory, or on the real MongoDB
 * at {@code MONGODB_URI} when that is set, so the same tests run against both.
 */
public final class TestDatabase implements AutoCloseable {

    private final MongoConnection connection;
    private final Path dataDirectory;

    private TestDatabase(MongoConnection connection, Path dataDirectory) {
        this.connection = connection;
        this.dataDirectory = dataDirectory;
    }

    public static TestDatabase create() {
        return open(TemporaryData.directory("goodwill-store-"), "test-" + UUID.randomUUID());
    }

    /** Opens {@code database} on the embedded server over {@code dataDirectory} (or at MONGODB_URI). */
    public static TestDatabase open(Path dataDirectory, String database) {
        StorageProperties properties = new StorageProperties(null, database, dataDirectory, 0, 64,
                                                             java.time.Duration.ofSeconds(60));
        return new TestDatabase(MongoConnection.open(System.getenv("MONGODB_URI"), properties), dataDirectory);
    }

    /** An event store on this database, as the app configures it, with {@code tuning} applied. */
    public MongoEventStorageEngine eventStore(UnaryOperator<MongoEventStorageEngine.Builder> tuning) {
        return eventStore(connection.database(), tuning);
    }

    /** An event store on the database, as the app configures it, with {@code tuning} applied. */
    static MongoEventStorageEngine eventStore(MongoDatabase database, UnaryOperator<MongoEventStorageEngine.Builder> tuning) {
        JacksonSerializer serializer = EventJson.serializer(EventJson.mapper());
        return tuning.apply(MongoEventStorageEngine.builder()
                                                   .database(database)
                                                   .json(serializer.getObjectMapper())
                                                   .eventSerializer(serializer)
                                                   .snapshotSerializer(serializer)
                                                   .ledgerIdOf(message -> message.getPayload() instanceof LedgerEvent event
                                                           ? event.ledgerId() : null))
                     .build();
    }

    public MongoConnection connection() {
        return connection;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String name() {
        return connection.database().getName();
    }

    @Override
    public void close() {
        connection.close();
    }
}
