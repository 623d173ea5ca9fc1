package goodwill.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** The embedded store's file format: documents as BSON, and files of earlier builds read on. */
class EmbeddedStoreFormatTest {

    private static final String DATABASE = "format";

    @Test
    void aFileWrittenByTheStockH2BackendOpensAndReadsAsItWas() {
        Path data = TemporaryData.directory("goodwill-format-");
        MongoServer stock = new MongoServer(new H2Backend(data.resolve(EmbeddedMongo.FILE_NAME).toString()));
        InetSocketAddress address = stock.bind();
        try (MongoClient client = MongoClients.create(MongoConnection.settings(
                "mongodb://127.0.0.1:" + address.getPort()))) {
            client.getDatabase(DATABASE).getCollection("notes").insertOne(sample("old"));
        }
        stock.shutdownNow();

        try (EmbeddedMongo embedded = EmbeddedMongo.start(data, 0, 16);
             MongoClient client = MongoClients.create(MongoConnection.settings(embedded.connectionString()))) {
            MongoCollection<Document> notes = client.getDatabase(DATABASE).getCollection("notes");
            assertThat(notes.find(new Document("_id", "old")).first()).isEqualTo(sample("old"));
            notes.insertOne(sample("new"));
            assertThat(notes.countDocuments()).isEqualTo(2);
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
