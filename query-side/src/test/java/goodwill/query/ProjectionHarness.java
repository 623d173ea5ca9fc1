package goodwill.query;

import goodwill.events.LedgerEvent;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Runs events through a projection's own {@code @EventHandler}s without a processor, the two ways a processor
 * hands them over: one at a time, each written at once; or as one batch, written together at its end (as
 * {@link FlushAtEndOfBatch} does). A test then compares what the projection stored with its pure fold.
 */
public final class ProjectionHarness {

    private final AnnotationEventHandlerAdapter handlers;

    public ProjectionHarness(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
    }

    public void oneByOne(List<? extends LedgerEvent> events) {
        events.forEach(this::handle);
    }

    public void inOneBatch(List<? extends LedgerEvent> events) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            events.forEach(this::handle);
            BatchedDocuments.flushAll(batch);
            batch.commit();
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw e;
        }
    }

    /** What a replay does first: the projection's {@code @ResetHandler}. */
    public void reset() {
        handlers.prepareReset();
    }

    private void handle(LedgerEvent event) {
        try {
            handlers.handle(GenericEventMessage.asEventMessage(event));
        } catch (Exception e) {
            throw new IllegalStateException("Handling " + event + " failed", e);
        }
    }
}
