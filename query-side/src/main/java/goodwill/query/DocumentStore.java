package goodwill.query;

import goodwill.events.LedgerEvent;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a {@link Fold}'s documents are kept: the read model's MongoDB collections ({@link MongoDocumentStore}) or
 * maps in memory ({@link InMemoryDocumentStore}). A fold asks for each kind of its documents once, by the name of
 * the collection that keeps them, in this order: first the one that says how far the others have come (a ledger's
 * document: its merges, its counts), then those that say an event was seen (a favor kept, a source, an
 * interaction), then those derived from them (a balance, a contact's facts). A projection's batch writes them in
 * the opposite order, so that a crash between two writes never leaves an event marked seen whose consequences
 * were not written: the batch handled again repeats them.
 */
public interface DocumentStore {

    /**
     * The documents of one collection. {@code lookedUp} names the keys the fold will look for when it applies an
     * event, so that a projection's batch loads those of all its events at once; it is a hint, never a rule.
     */
    default <T> Documents<T> documents(String collection, Class<T> type, Function<T, String> idOf,
                                       Function<LedgerEvent, Stream<String>> lookedUp) {
        return documentsByRecording(collection, type, idOf, recorded -> lookedUp.apply(recorded.event()));
    }

    /** As {@link #documents(String, Class, Function, Function)}, the keys named by the event with its recording. */
    <T> Documents<T> documentsByRecording(String collection, Class<T> type, Function<T, String> idOf,
                                          Function<Recorded, Stream<String>> lookedUp);

    /** The documents of one collection, which the fold looks for by keys no event names. */
    default <T> Documents<T> documents(String collection, Class<T> type, Function<T, String> idOf) {
        return documents(collection, type, idOf, event -> Stream.empty());
    }
}
