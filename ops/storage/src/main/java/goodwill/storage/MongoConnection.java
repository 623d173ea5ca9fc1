package goodwill.storage;

import static org.bson.codecs.configuration.CodecRegistries.fromProviders;
import static org.bson.codecs.configuration.CodecRegistries.fromRegistries;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.codecs.pojo.PojoCodecProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one MongoDB client of a process, and the embedded server behind it when no URI is configured.
 * <p>
 * Writes default to {@link WriteConcerns#RECORDED}: on a replica set a write is acknowledged once a
 * majority has journaled it, and the embedded server commits it to disk before answering. A URI's own
 * {@code w}/{@code journal} options take precedence.
 */
public final class MongoConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoConnection.class);

    private final MongoClient client;
    private final MongoDatabase database;
    private final EmbeddedMongo embedded;

    private MongoConnection(MongoClient client, MongoDatabase database, EmbeddedMongo embedded) {
        this.client = client;
        this.database = database;
        this.embedded = embedded;
    }

    /** Connects to {@code uri}, or, when it is blank, to an embedded server started on the properties' data. */
    public static MongoConnection open(String uri, StorageProperties properties) {
        EmbeddedMongo embedded = null;
        if (uri == null || uri.isBlank()) {
            embedded = EmbeddedMongo.start(properties.dataDirectory(), properties.embeddedPort(),
                                         properties.embeddedCacheMegabytes());
            uri = embedded.connectionString();
        }
        MongoClient client = MongoClients.create(settings(uri));
        return new MongoConnection(client, client.getDatabase(properties.database()), embedded);
    }

    public static MongoClientSettings settings(String uri) {
        return MongoClientSettings.builder()
                                  .writeConcern(WriteConcerns.RECORDED)
                                  .applyConnectionString(new ConnectionString(uri))
                                  .uuidRepresentation(UuidRepresentation.STANDARD)
                                  .codecRegistry(fromRegistries(
                                          MongoClientSettings.getDefaultCodecRegistry(),
                                          fromProviders(PojoCodecProvider.builder().automatic(true).build())))
                                  .build();
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return database;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Rewrites the embedded server's file so that nothing deleted or replaced survives in it, or asks a database
     * server of Goodwill's own at the URI ({@code goodwill db}) to; a real MongoDB has no such command, and its files
     * are its operators' (see the README on forgetting).
     */
    public void rewriteEmbeddedFile() {
        if (embedded != null) {
            embedded.rewriteFile();
            return;
        }
        try {
            client.getDatabase("admin").runCommand(new Document(DurableH2Backend.REWRITE_FILE, 1));
        } catch (MongoCommandException e) {
            log.debug("The database at the URI rewrites no file of Goodwill's: {}", e.getErrorMessage());
        }
    }

    /** The embedded server's store statistics; empty on a MongoDB at a URI. */
    public Optional<StoreStatistics> embeddedStatistics() {
        return Optional.ofNullable(embedded).map(EmbeddedMongo::statistics);
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
