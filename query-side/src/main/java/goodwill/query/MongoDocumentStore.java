package goodwill.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.events.LedgerEvent;
import goodwill.storage.WriteConcerns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, BatchedDocuments<?>> byName = new HashMap<>();

    public MongoDocumentStore(MongoDatabase database) {
        this.database = WriteConcerns.derived(database);
    }

    @Override
    public <T> Documents<T> documentsByRecording(String collection, Class<T> type, Function<T, String> idOf,
                                                 Function<Recorded, Stream<String>> lookedUp) {
        MongoCollection<T> documents = database.getCollection(collection, type);
        collections.add(documents);
        BatchedDocuments<T> batched = new BatchedDocuments<>(documents, idOf, message -> message.getPayload()
                instanceof LedgerEvent ? lookedUp.apply(Recorded.of(message)) : Stream.empty());
        byName.put(collection, batched);
        return batched;
    }

    /**
     * Puts the documents of the same fold over {@code after} in their collections here, at the end of the batch, those
     * that differ from the fold over {@code before} (every one when it is null): a ledger's documents folded again
     * replace what the fold had made of them.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void putAll(InMemoryDocumentStore after, InMemoryDocumentStore before) {
        Map<String, Map<String, Object>> was = before == null ? Map.of() : before.contents();
        after.contents().forEach((collection, documents) -> {
            Documents target = byName.get(collection);
            Map<String, Object> earlier = was.getOrDefault(collection, Map.of());
            documents.forEach((id, document) -> {
                if (before == null || !document.equals(earlier.get(id))) {
                    target.put(document);
                }
            });
        });
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
