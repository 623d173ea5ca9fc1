package goodwill.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Documents of one kind kept in a map, in the order they were first put: a fold's documents for a report or a test. */
public final class InMemoryDocuments<T> implements Documents<T> {

    private final Function<T, String> idOf;
    private final Map<String, T> byId = new LinkedHashMap<>();

    public InMemoryDocuments(Function<T, String> idOf) {
        this.idOf = idOf;
    }

    @Override
    public Optional<T> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void put(T document) {
        byId.put(idOf.apply(document), document);
    }

    /** Every document, in the order first put. */
    public List<T> all() {
        return new ArrayList<>(byId.values());
    }

    /** Every document by key, in the order first put. */
    public Map<String, T> byId() {
        return new LinkedHashMap<>(byId);
    }
}
