package goodwill.query;

import goodwill.events.LedgerEvent;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The one definition of a read model: how each recorded event changes its documents, which it reads and writes
 * through a {@link DocumentStore} and nothing else. Its projection applies it to the read model's collections
 * ({@link FoldProjection}), a report to a ledger's history in memory ({@link InMemoryDocumentStore}); no clock,
 * no I/O of its own. Applied again to an event it has seen, it leaves every document as it was.
 */
public interface Fold {

    void apply(Recorded recorded);

    /**
     * The kinds of event that leave this read model as it is: every other kind of the contract changes it. Said
     * here so that a kind added to the contract is a decision for every read model (a test holds each to it).
     */
    Set<Class<? extends LedgerEvent>> ignores();

    /** Applies each event, in the order given. */
    default void applyAll(Collection<Recorded> history) {
        history.forEach(this::apply);
    }

    /** Applies each event, in the order given, as {@linkplain Recorded#inOrder recorded in that order}. */
    default void applyEvents(List<? extends LedgerEvent> events) {
        applyAll(Recorded.inOrder(events));
    }
}
