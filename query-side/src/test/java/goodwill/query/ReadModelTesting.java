package goodwill.query;

import static org.awaitility.Awaitility.await;

import goodwill.events.ContactAdded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * What end-to-end tests of a read model do besides asking over HTTP ({@link QueryApi}): record, wait, replay. A bean
 * of every {@link QuerySideTest}.
 */
public class ReadModelTesting {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    ReadModelTesting(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** Appends each event as its own aggregate's first, the way the command side records them. */
    public void record(LedgerEvent... events) {
        for (LedgerEvent event : events) {
            eventStore.publish(new GenericDomainEventMessage<>(event.getClass().getSimpleName(),
                                                               UUID.randomUUID().toString(), 0, event));
        }
    }

    /** Opens a ledger owned by {@code me} (Ana Lopez), with a contact of each id, named by the id. */
    public void openLedger(String ledgerId, Instant openedAt, String... contactIds) {
        record(new LedgerOpened(ledgerId, "me", "Ana Lopez", openedAt));
        for (String contactId : contactIds) {
            record(new ContactAdded(ledgerId, contactId, contactId, null, null, null, List.of(), null, openedAt));
        }
    }

    /**
     * Appends each event as its own aggregate's first, recorded at the moment given (the journal's and the reports'
     * "recorded" time) and with the metadata given.
     */
    public void recordAt(Instant recordedAt, Map<String, ?> metaData, LedgerEvent... events) {
        for (LedgerEvent event : events) {
            eventStore.publish(new GenericDomainEventMessage<>(event.getClass().getSimpleName(),
                                                               UUID.randomUUID().toString(), 0, event, metaData,
                                                               UUID.randomUUID().toString(), recordedAt));
        }
    }

    /**
     * Appends the events in one commit, as one aggregate's (the query side reads events, not aggregates), so that
     * a processor that is idle handles them in one batch.
     */
    public void recordInOneCommit(List<? extends LedgerEvent> events) {
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
    public void awaitCaughtUp(String group) {
        long head = eventStore.createHeadToken().position().orElse(-1);
        TrackingEventProcessor processor = processor(group);
        await().atMost(PATIENCE).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream()
                            .allMatch(status -> position(status) >= head));
    }

    private static long position(EventTrackerStatus status) {
        return status.getCurrentPosition().orElse(-1);
    }

    /** Rebuilds the group's read model from the start, and waits until it has caught up again. */
    public void replay(String group) {
        TrackingEventProcessor processor = processor(group);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        await().atMost(PATIENCE).until(() -> !processor.isReplaying());
        awaitCaughtUp(group);
    }

    public TrackingEventProcessor processor(String group) {
        return processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
    }
}
