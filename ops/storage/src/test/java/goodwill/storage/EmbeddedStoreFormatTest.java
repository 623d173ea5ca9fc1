package goodwill.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** The embedded store's file format: documents and index keys as BSON, and files of earlier builds read on. */
class EmbeddedStoreFormatTest {

    private static final String DATABASE = "format";

    @Test
    void aFileWrittenByTheStockH2BackendOpensAndReadsAsItWas() {
        Path data = writtenByTheStockBackend(database -> database.getCollection("notes").insertOne(sample("old")));

        try (EmbeddedMongo embedded = EmbeddedMongo.start(data, 0, 16);
             MongoClient client = MongoClients.create(MongoConnection.settings(embedded.connectionString()))) {
            MongoCollection<Document> notes = client.getDatabase(DATABASE).getCollection("notes");
            assertThat(notes.find(new Document("_id", "old")).first()).isEqualTo(sample("old"));
            notes.insertOne(sample("new"));
            assertThat(notes.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void uniqueIndexesAStockH2BackendWroteKeepRefusingDuplicatesAndFindingKeys() {
        Path data = writtenByTheStockBackend(database -> {
            MongoCollection<Document> events = database.getCollection("events");
            events.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                events.insertOne(new Document("_id", (long) i).append("aggregate", "a" + i % 7).append("sequence", i));
            }
        });

        for (int restarts = 0; restarts < 2; restarts++) {
            long restart = restarts;
            try (EmbeddedMongo embedded = EmbeddedMongo.start(data, 0, 16);
                 MongoClient client = MongoClients.create(MongoConnection.settings(embedded.connectionString()))) {
                MongoCollection<Document> events = client.getDatabase(DATABASE).getCollection("events");
                assertThat(events.find(new Document("_id", 321L)).first()).containsEntry("aggregate", "a6");
                assertThat(events.find(new Document("aggregate", "a3").append("sequence", 10)).first())
                        .containsEntry("_id", 10L);
                assertThatThrownBy(() -> events.insertOne(new Document("_id", 7L)))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                assertThatThrownBy(() -> events.insertOne(new Document("_id", 1000L + restart)
                                                                  .append("aggregate", "a0").append("sequence", 0)))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
                events.insertOne(new Document("_id", 2000L + restart).append("aggregate", "b").append("sequence", restart));
                assertThat(events.countDocuments(new Document("_id", new Document("$in", List.of(2000L, 2001L)))))
                        .isEqualTo(restart + 1);
            }
        }
    }

    @Test
    void everyKindOfValueSurvivesARestartAsItWasSent() {
        Path data = TemporaryData.directory("goodwill-format-");
        try (EmbeddedMongo embedded = EmbeddedMongo.start(data, 0, 16);
             MongoClient client = MongoClients.create(MongoConnection.settings(embedded.connectionString()))) {
            client.getDatabase(DATABASE).getCollection("notes").insertOne(sample("kept"));
        }
        try (EmbeddedMongo embedded = EmbeddedMongo.start(data, 0, 16);
             MongoClient client = MongoClients.create(MongoConnection.settings(embedded.connectionString()))) {
            assertThat(client.getDatabase(DATABASE).getCollection("notes").find().first()).isEqualTo(sample("kept"));
            assertThat(embedded.statistics().fileBytes()).isPositive();
        }
    }

    /** A data directory whose file mongo-java-server's own H2 backend wrote, as builds before this store did. */
    private static Path writtenByTheStockBackend(Consumer<MongoDatabase> writes) {
        Path data = TemporaryData.directory("goodwill-format-");
        MongoServer stock = new MongoServer(new H2Backend(data.resolve(EmbeddedMongo.FILE_NAME).toString()));
        InetSocketAddress address = stock.bind();
        try (MongoClient client = MongoClients.create(MongoConnection.settings(
                "mongodb://127.0.0.1:" + address.getPort()))) {
            writes.accept(client.getDatabase(DATABASE));
        } finally {
            stock.shutdownNow();
        }
        return data;
    }

    private static Document sample(String id) {
        return new Document("_id", id)
                .append("text", "Ana Ruiz, café ☕")
                .append("int", 42)
                .append("long", 1L << 40)
                .append("double", 2.5)
                .append("decimal", Decimal128.parse("1.10"))
                .append("flag", true)
                .append("none", null)
                .append("at", Date.from(Instant.parse("2024-03-01T10:00:00Z")))
                .append("uuid", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"))
                .append("objectId", new ObjectId("65e1f0a2b3c4d5e6f7a8b9c0"))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("list", List.of("a", 1, new Document("nested", List.of())))
                .append("document", new Document("weight", 3).append("kinds", List.of("ADVICE", "REFERRAL")));
    }
}
