package goodwill.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** What the embedded server promises beyond mongo-java-server's own behaviour. */
class EmbeddedMongoTest {

    @Test
    void concurrentIncrementsEachAnswerADistinctValue() throws Exception {
        try (TestDatabase database = TestDatabase.create()) {
            MongoCollection<Document> counters = database.connection().database().getCollection("counters");
            Set<Long> answered = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        Document counter = counters.findOneAndUpdate(
                                Filters.eq("_id", "c"), Updates.inc("value", 1L),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                        answered.add(counter.getLong("value"));
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(answered).hasSize(2000);
        }
    }

    /** 60 MB of documents, more than a reply of the server holds (48 MB), read by a query naming no batch size. */
    @Test
    void aQueryAnswersMoreDocumentsThanOneReplyHolds() {
        try (TestDatabase database = TestDatabase.create()) {
            MongoCollection<Document> large = database.connection().database().getCollection("large");
            String text = "x".repeat(200 << 10);
            for (int i = 0; i < 300; i++) {
                large.insertOne(new Document("_id", i).append("text", text));
            }

            List<Object> ids = new ArrayList<>();
            large.find().forEach(document -> ids.add(document.get("_id")));

            assertThat(ids).hasSize(300);
        }
    }

    @Test
    void dataSurvivesARestart() {
        TestDatabase database = TestDatabase.create();
        database.connection().database().getCollection("notes").insertOne(new Document("_id", 1).append("text", "kept"));
        database.close();

        try (TestDatabase reopened = TestDatabase.open(database.dataDirectory(), database.name())) {
            Document note = reopened.connection().database().getCollection("notes").find().first();
            assertThat(note).isNotNull();
            assertThat(note.getString("text")).isEqualTo("kept");
        }
    }
}
