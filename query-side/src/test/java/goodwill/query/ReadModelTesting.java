package goodwill.query;

import static org.awaitility.Awaitility.await;

import goodwill.events.LedgerEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** What end-to-end tests of a read model do besides asking over HTTP ({@link HttpAnswer}): record, wait, replay. */
public final class ReadModelTesting {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ReadModelTesting() {
    }

    /**
     * Appends the events in one commit, as one aggregate's (the query side reads events, not aggregates), so that
     * a processor that is idle handles them in one batch.
     */
    public static void recordInOneCommit(EventStore eventStore, List<? extends LedgerEvent> events) {
        String aggregateId = UUID.randomUUID().toString();
        List<EventMessage<?>> messages = new ArrayList<>();
        for (LedgerEvent event : events) {
            messages.add(new GenericDomainEventMessage<>("History", aggregateId, messages.size(), event));
        }
        eventStore.publish(messages);
    }

    /**
     * Waits until the processing group has handled everything in the event store: a tracking processor reports a
     * position only once the batch up to it is written, so its read model is complete then.
     */
    public static void awaitCaughtUp(EventStore eventStore, EventProcessingConfiguration processing, String group) {
        long head = eventStore.createHeadToken().position().orElse(-1);
        TrackingEventProcessor processor = processorOf(processing, group);
        await().atMost(PATIENCE).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                            .allMatch(status -> position(status) >= head));
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    /** Rebuilds the group's read model from the start, and waits until it has caught up again. */
    public static void replay(EventStore eventStore, EventProcessingConfiguration processing, String group) {
        TrackingEventProcessor processor = processorOf(processing, group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(PATIENCE).until(() -> !processor.isReplaying());
        awaitCaughtUp(eventStore, processing, group);
    }

    private static TrackingEventProcessor processorOf(EventProcessingConfiguration processing, String group) {
        return processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
    }
}
