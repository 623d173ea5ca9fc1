package goodwill.query;

import com.mongodb.client.MongoDatabase;
import goodwill.events.LedgerEvent;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;

/**
 * A read model's projection: every ledger event, with the facts of its message, applied by the read model's
 * {@link Fold} to its collections, written at the end of the processor's batch. A subclass names its processing
 * group and its fold, nothing more. Replaying it from the start clears the collections the fold asked for and
 * rebuilds them.
 */
public abstract class FoldProjection {

    private final Function<DocumentStore, Fold> foldOver;
    private final MongoDocumentStore store;
    private final Fold fold;

    protected FoldProjection(MongoDatabase database, Function<DocumentStore, Fold> foldOver) {
        this.foldOver = foldOver;
        this.store = new MongoDocumentStore(database);
        this.fold = foldOver.apply(store);
    }

    /** This read model's fold over other documents: in memory, for a report or a test of the projection. */
    public Fold foldOver(DocumentStore documents) {
        return foldOver.apply(documents);
    }

    /** The collections that keep this read model. */
    public List<String> collections() {
        return store.collections();
    }

    /** The event with the facts of its message ({@link Recorded#of}). */
    @EventHandler
    public void on(LedgerEvent event, EventMessage<?> message) {
        fold.apply(Recorded.of(message));
    }

    @ResetHandler
    public void reset() {
        store.clear();
    }
}
