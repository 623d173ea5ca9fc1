package goodwill.query;

import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * Runs events through a projection's own {@code @EventHandler}s without a processor, the two ways a tracking
 * processor hands them over: one at a time, each written at once; or as one batch, written together at its end by
 * {@link FlushAtEndOfBatch}, as the processor's interceptor does. A test then compares what the projection stored
 * with its pure fold.
 */
public final class ProjectionHarness {

    private final AnnotationEventHandlerAdapter handlers;
    /** Every event handed over with its position, by id: what a forgetting folds again. */
    private final Map<String, Recorded> handed = new LinkedHashMap<>();

    public ProjectionHarness(Object projection) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
        if (projection instanceof FoldProjection folding) {
            folding.setRefolding(new Refolding((ledgerId, from, to) -> handed.values().stream()
                    .filter(recorded -> recorded.event().ledgerId().equals(ledgerId) && recorded.position() >= from
                                        && recorded.position() < to)
                    .sorted(Comparator.comparingLong(Recorded::position)).toList(), null, Clock.systemUTC()));
        }
    }

    private void handing(EventMessage<?> message) {
        if (message.getPayload() instanceof LedgerEvent) {
            handed.putIfAbsent(message.getIdentifier(), Recorded.of(message));
        }
    }

    public void oneByOne(List<? extends LedgerEvent> events) {
        messagesOneByOne(events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList());
    }

    public void inOneBatch(List<? extends LedgerEvent> events) {
        messagesInOneBatch(events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList());
    }

    /** The events as a tracking processor hands them over: each with its id, position, time and recorder. */
    public static List<EventMessage<?>> messagesOf(List<Recorded> history) {
        List<EventMessage<?>> messages = new ArrayList<>(history.size());
        for (Recorded recorded : history) {
            Map<String, String> metaData = new HashMap<>();
            if (recorded.recordedBy() != null) {
                metaData.put(EventMetaData.RECORDED_BY, recorded.recordedBy());
            }
            if (recorded.correlationId() != null) {
                metaData.put(EventMetaData.CORRELATION_ID, recorded.correlationId());
            }
            messages.add(new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(recorded.position()),
                    new GenericEventMessage<>(recorded.eventId(), recorded.event(), metaData, recorded.recordedAt())));
        }
        return messages;
    }

    public void messagesOneByOne(List<EventMessage<?>> messages) {
        for (EventMessage<?> message : messages) {
            handing(message);
            try {
                handlers.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException("Handling " + message.getPayload() + " failed", e);
            }
        }
    }

    public void messagesInOneBatch(List<EventMessage<?>> messages) {
        messages.forEach(this::handing);
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        FlushAtEndOfBatch flush = new FlushAtEndOfBatch();
        batch.executeWithResult(() -> flush.handle(batch, () -> handlers.handle(batch.getMessage())),
                                RollbackConfigurationType.ANY_THROWABLE);
        if (batch.getExecutionResult() != null && batch.getExecutionResult().isExceptionResult()) {
            throw new IllegalStateException("The batch failed", batch.getExecutionResult().getExceptionResult());
        }
    }

    /** What a replay does first: the projection's {@code @ResetHandler}. */
    public void reset() {
        handlers.prepareReset();
    }
}
