package goodwill.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.events.LedgerEvent;
import goodwill.storage.WriteConcerns;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * A fold's documents in the read model's MongoDB collections, each read and written a batch at a time through
 * {@link BatchedDocuments}. It remembers the collections the fold asked for: those are the read model, which a
 * replay {@linkplain #clear clears}.
 */
public final class MongoDocumentStore implements DocumentStore {

    private final MongoDatabase database;
    private final List<MongoCollection<?>> collections = new ArrayList<>();

    public MongoDocumentStore(MongoDatabase database) {
        this.database = WriteConcerns.derived(database);
    }

    @Override
    public <T> Documents<T> documentsByRecording(String collection, Class<T> type, Function<T, String> idOf,
                                                 Function<Recorded, Stream<String>> lookedUp) {
        MongoCollection<T> documents = database.getCollection(collection, type);
        collections.add(documents);
        return new BatchedDocuments<>(documents, idOf, message -> message.getPayload() instanceof LedgerEvent
                ? lookedUp.apply(Recorded.of(message)) : Stream.empty());
    }

    /** The names of the collections the fold asked for. */
    public List<String> collections() {
        return collections.stream().map(collection -> collection.getNamespace().getCollectionName()).toList();
    }

    /** Every document of every collection the fold asked for: what a replay from the start does first. */
    public void clear() {
        collections.forEach(collection -> collection.deleteMany(new Document()));
    }
}
