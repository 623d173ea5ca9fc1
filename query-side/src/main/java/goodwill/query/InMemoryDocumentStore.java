package goodwill.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A fold's documents in memory, by collection name: what a report folds a history into, and what a test compares
 * with a projection's collections.
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<String, InMemoryDocuments<?>> collections = new LinkedHashMap<>();

    @Override
    public <T> InMemoryDocuments<T> documentsByRecording(String collection, Class<T> type, Function<T, String> idOf,
                                                         Function<Recorded, Stream<String>> lookedUp) {
        InMemoryDocuments<T> documents = new InMemoryDocuments<>(idOf);
        if (collections.putIfAbsent(collection, documents) != null) {
            throw new IllegalStateException("The collection " + collection + " was asked for twice");
        }
        return documents;
    }

    /** The documents of one collection, in the order first put; none if the fold never asked for it. */
    public <T> List<T> all(String collection, Class<T> type) {
        InMemoryDocuments<?> documents = collections.get(collection);
        return documents == null ? List.of() : documents.all().stream().map(type::cast).toList();
    }

    /** The documents of one collection by key, in the order first put. */
    public <T> Map<String, T> byId(String collection, Class<T> type) {
        Map<String, T> byId = new LinkedHashMap<>();
        InMemoryDocuments<?> documents = collections.get(collection);
        if (documents != null) {
            documents.byId().forEach((id, document) -> byId.put(id, type.cast(document)));
        }
        return byId;
    }

    /** Every collection the fold asked for, each by key in the order first put: what two folds compare. */
    public Map<String, Map<String, Object>> contents() {
        Map<String, Map<String, Object>> contents = new LinkedHashMap<>();
        collections.forEach((collection, documents) -> contents.put(collection, new LinkedHashMap<>(documents.byId())));
        return contents;
    }

    /** The names of the collections the fold asked for. */
    public List<String> collections() {
        return List.copyOf(collections.keySet());
    }
}
