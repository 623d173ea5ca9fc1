package goodwill.query;

import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * An event with the facts of its message, which some read models keep: where it stands in the event store, its
 * id, when, by whom and in answer to which request it was recorded.
 */
public record Recorded(LedgerEvent event, long position, String eventId, Instant recordedAt, String recordedBy,
                       String correlationId) {

    /**
     * The event of a message with its facts: a tracking processor hands the message with its token, whose
     * position is the event's place in the event store; a message without one has none (-1).
     */
    public static Recorded of(EventMessage<?> message) {
        long position = message instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(-1) : -1;
        return new Recorded((LedgerEvent) message.getPayload(), position, message.getIdentifier(),
                            message.getTimestamp(), text(message.getMetaData().get(EventMetaData.RECORDED_BY)),
                            text(message.getMetaData().get(EventMetaData.CORRELATION_ID)));
    }

    /** The event's place in the event store, which {@code readModel} keeps: a tracking processor always hands it. */
    public long positionFor(String readModel) {
        if (position < 0) {
            throw new IllegalStateException(readModel + " needs the event store's position of event " + eventId);
        }
        return position;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Events as if recorded one after the other, in the order given, at positions 1, 2, … (as the event store
     * numbers them), each when it occurred and by nobody: what a test or a report that knows no more of them
     * folds. Each is its own id, so one given twice is seen again.
     */
    public static List<Recorded> inOrder(List<? extends LedgerEvent> events) {
        List<Recorded> recorded = new ArrayList<>(events.size());
        for (LedgerEvent event : events) {
            long position = recorded.size() + 1;
            recorded.add(new Recorded(event, position, "event-" + position, event.occurredAt(), null, null));
        }
        return recorded;
    }
}
