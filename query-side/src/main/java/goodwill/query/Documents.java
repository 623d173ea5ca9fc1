package goodwill.query;

import java.util.Optional;

/**
 * The documents of one kind that a {@link Fold} reads and writes, by key, and nothing else: a projection's
 * collection through {@link BatchedDocuments}, or a map in memory ({@link InMemoryDocuments}) for a report or a
 * test. The same fold over either gives the same documents.
 */
public interface Documents<T> {

    Optional<T> find(String id);

    /** Replaces (or creates) the document with its key. */
    void put(T document);
}
