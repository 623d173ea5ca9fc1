package goodwill.query;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

/**
 * Runs a projection's event handlers outside a processor, the two ways a tracking processor may hand it events:
 * one at a time, each written at once, or all in one batch written at its end, as {@link FlushAtEndOfBatch} does.
 * A test compares what either stored with what the pure fold computes from the same history. And replays a
 * running application's processor from the start, as an operator would.
 */
public final class ProjectionRuns {

    private ProjectionRuns() {
    }

    public static void oneByOne(Object projection, List<?> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (Object event : events) {
            try {
                handlers.handle(GenericEventMessage.asEventMessage(event));
            } catch (Exception e) {
                throw new IllegalStateException("Handling " + event + " failed", e);
            }
        }
    }

    public static void inOneBatch(Object projection, List<?> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        List<EventMessage<?>> messages = events.stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        FlushAtEndOfBatch flush = new FlushAtEndOfBatch();
        batch.executeWithResult(() -> flush.handle(batch, () -> handlers.handle(batch.getMessage())),
                                RollbackConfigurationType.ANY_THROWABLE);
        if (batch.getExecutionResult() != null && batch.getExecutionResult().isExceptionResult()) {
            throw new IllegalStateException("The batch failed", batch.getExecutionResult().getExceptionResult());
        }
    }

    /** Resets the processing group's tokens and waits until its processor has replayed the whole history. */
    public static void replay(EventProcessingConfiguration processing, String processingGroup) {
        TrackingEventProcessor processor = processing.eventProcessor(processingGroup, TrackingEventProcessor.class)
                                                     .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.isReplaying());
    }
}
