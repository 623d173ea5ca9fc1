package goodwill.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
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

    /** What read models do all the time, answered as MongoDB answers it (the server takes a short way for it). */
    @Test
    void aDocumentReplacedByIdHoldsTheReplacementWithItsIdFirst() {
        try (TestDatabase database = TestDatabase.create()) {
            MongoCollection<Document> documents = database.connection().database().getCollection("replaced");
            documents.createIndex(Indexes.ascending("ledgerId"));
            documents.insertOne(new Document("_id", "a").append("ledgerId", "l").append("gone", 1).append("n", 1));

            UpdateResult replaced = documents.replaceOne(
                    Filters.eq("_id", "a"), new Document("n", 2).append("ledgerId", "l").append("_id", "a"));
            UpdateResult same = documents.replaceOne(
                    Filters.eq("_id", "a"), new Document("n", 2).append("ledgerId", "l"));
            UpdateResult upserted = documents.replaceOne(
                    Filters.eq("_id", "b"), new Document("n", 3), new ReplaceOptions().upsert(true));

            assertThat(List.of(replaced.getMatchedCount(), replaced.getModifiedCount())).containsExactly(1L, 1L);
            assertThat(List.of(same.getMatchedCount(), same.getModifiedCount())).containsExactly(1L, 0L);
            assertThat(upserted.getUpsertedId()).isNotNull();
            assertThat(documents.find(Filters.eq("_id", "a")).first())
                    .isEqualTo(new Document("_id", "a").append("n", 2).append("ledgerId", "l"));
            assertThat(new ArrayList<>(documents.find(Filters.eq("_id", "a")).first().keySet()))
                    .containsExactly("_id", "n", "ledgerId");
            assertThat(documents.find(Filters.eq("ledgerId", "l")).first()).extracting(d -> d.get("n")).isEqualTo(2);
            assertThat(documents.find(Filters.eq("_id", "b")).first()).isEqualTo(new Document("_id", "b").append("n", 3));
        }
    }

    @Test
    void aReplacementThatChangesTheIdOrBreaksAUniqueIndexIsRefusedAndChangesNothing() {
        try (TestDatabase database = TestDatabase.create()) {
            MongoCollection<Document> documents = database.connection().database().getCollection("guarded");
            documents.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            documents.insertOne(new Document("_id", "a").append("key", 1));
            documents.insertOne(new Document("_id", "b").append("key", 2));

            assertThatThrownBy(() -> documents.replaceOne(Filters.eq("_id", "a"), new Document("_id", "z").append("key", 1)))
                    .isInstanceOf(MongoWriteException.class);
            assertThatThrownBy(() -> documents.replaceOne(Filters.eq("_id", "a"), new Document("key", 2)))
                    .isInstanceOf(MongoWriteException.class);

            assertThat(documents.find().into(new ArrayList<>())).containsExactlyInAnyOrder(
                    new Document("_id", "a").append("key", 1), new Document("_id", "b").append("key", 2));
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
