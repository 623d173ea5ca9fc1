package goodwill.query;

import com.mongodb.client.MongoDatabase;
import goodwill.events.ContactForgotten;
import goodwill.events.LedgerEvent;
import java.util.List;
import java.util.function.Function;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;

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
    private Refolding refolding;

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

    /**
     * The event with the facts of its message ({@link Recorded#of}). A person's forgetting first has the ledger's
     * documents folded again from its history up to there, read now that the person's key is gone, and those that
     * differ from the same fold of the history as read before written again (see {@link Refolding}): so nothing this
     * read model copied of them is left, and what it computed from the rest of the history is what it was.
     */
    @EventHandler
    public void on(LedgerEvent event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        if (event instanceof ContactForgotten forgetting) {
            if (refolding == null) {
                throw new IllegalStateException(getClass().getSimpleName() + " forgets a person from the ledger's "
                                                + "history, which it was not given");
            }
            Refolding.Refold refold = refolding.forget(forgetting, endOfBatch(recorded) + 1,
                                                       ReplayToken.isReplay(message));
            if (refold != null) {
                InMemoryDocumentStore after = new InMemoryDocumentStore();
                foldOver(after).applyAll(refold.after());
                InMemoryDocumentStore before = null;
                if (refold.before() != null) {
                    before = new InMemoryDocumentStore();
                    foldOver(before).applyAll(refold.before());
                }
                store.putAll(after, before);
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().root().afterCommit(unit -> refolding.written(forgetting));
                } else {
                    refolding.written(forgetting);
                }
            }
        }
        fold.apply(recorded);
    }

    /**
     * The last position of the batch the event is handled in (its own, outside one). A forgetting folds the ledger
     * again up to there, not only up to itself: a batch handled again after a crash finds the documents of its later
     * events written already, and applying those events again leaves them as they are, as for any event seen.
     */
    private long endOfBatch(Recorded recorded) {
        long end = recorded.positionFor(getClass().getSimpleName());
        if (CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch) {
            for (Object message : batch.getMessages()) {
                if (message instanceof TrackedEventMessage<?> tracked) {
                    end = Math.max(end, tracked.trackingToken().position().orElse(end));
                }
            }
        }
        return end;
    }

    /** The ledger histories a forgetting folds again. */
    @Autowired
    public void setRefolding(Refolding refolding) {
        this.refolding = refolding;
        refolding.register();
    }

    @ResetHandler
    public void reset() {
        store.clear();
    }
}
