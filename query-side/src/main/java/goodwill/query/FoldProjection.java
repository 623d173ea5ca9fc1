package goodwill.query;

import com.mongodb.client.MongoDatabase;
import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import java.time.Instant;
import java.util.function.Function;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * A read model's projection: every ledger event, with the facts of its message, applied by the read model's
 * {@link Fold} to its collections, written at the end of the processor's batch. A subclass names its processing
 * group and its fold, nothing more. Replaying it from the start clears the collections the fold asked for and
 * rebuilds them.
 */
public abstract class FoldProjection {

    private final MongoDocumentStore store;
    private final Fold fold;

    protected FoldProjection(MongoDatabase database, Function<DocumentStore, Fold> foldOver) {
        this.store = new MongoDocumentStore(database);
        this.fold = foldOver.apply(store);
    }

    /**
     * A tracking processor hands the event with its token, whose position is the event's place in the event store;
     * an event handed without one has none (-1).
     */
    @EventHandler
    public void on(LedgerEvent event, EventMessage<?> message, @Timestamp Instant recordedAt) {
        long position = message instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(-1) : -1;
        fold.apply(new Recorded(event, position, message.getIdentifier(), recordedAt,
                                text(message.getMetaData().get(EventMetaData.RECORDED_BY)),
                                text(message.getMetaData().get(EventMetaData.CORRELATION_ID))));
    }

    @ResetHandler
    public void reset() {
        store.clear();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
