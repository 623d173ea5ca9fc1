package goodwill.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Documents in memory that note what a fold looks for: a test checks that every key a fold looks for by an
 * event's key is one it named ahead, so that a projection's batch loads it with the others.
 */
public final class NotingDocumentStore implements DocumentStore {

    private final InMemoryDocumentStore documents = new InMemoryDocumentStore();
    private final Map<String, Noted<?>> hinted = new LinkedHashMap<>();

    @Override
    public <T> Documents<T> documentsByRecording(String collection, Class<T> type, Function<T, String> idOf,
                                                 Function<Recorded, Stream<String>> lookedUp) {
        Noted<T> noted = new Noted<>(documents.documentsByRecording(collection, type, idOf, lookedUp), lookedUp);
        hinted.put(collection, noted);
        return noted;
    }

    /** Looked for by keys no event names: not noted. */
    @Override
    public <T> Documents<T> documents(String collection, Class<T> type, Function<T, String> idOf) {
        return documents.documentsByRecording(collection, type, idOf, recorded -> Stream.empty());
    }

    /** Forgets what was looked for so far. */
    public void forget() {
        hinted.values().forEach(noted -> noted.asked.clear());
    }

    /** Per collection given a hint: the keys looked for since {@link #forget} that the hint for {@code event} missed. */
    public Map<String, List<String>> unhinted(Recorded event) {
        Map<String, List<String>> missed = new LinkedHashMap<>();
        hinted.forEach((collection, noted) -> {
            List<String> named = noted.lookedUp.apply(event).toList();
            List<String> unnamed = noted.asked.stream().filter(id -> !named.contains(id)).toList();
            if (!unnamed.isEmpty()) {
                missed.put(collection, unnamed);
            }
        });
        return missed;
    }

    private static final class Noted<T> implements Documents<T> {

        private final Documents<T> documents;
        private final Function<Recorded, Stream<String>> lookedUp;
        private final List<String> asked = new ArrayList<>();

        Noted(Documents<T> documents, Function<Recorded, Stream<String>> lookedUp) {
            this.documents = documents;
            this.lookedUp = lookedUp;
        }

        @Override
        public Optional<T> find(String id) {
            asked.add(id);
            return documents.find(id);
        }

        @Override
        public void put(T document) {
            documents.put(document);
        }
    }
}
