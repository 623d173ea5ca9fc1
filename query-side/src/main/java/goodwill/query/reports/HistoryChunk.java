package goodwill.query.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A run of one ledger's events in the order they were recorded, so that a report reads a ledger of 100,000 events
 * as a few thousand documents by {@code _id} (an index lookup on any MongoDB) rather than scanning the event store.
 * Public only because the driver's record codec reads public records alone.
 *
 * @param id     {@code <ledgerId>:<chunk>}
 * @param events at most {@link HistoryFold#CHUNK}
 */
public record HistoryChunk(@BsonId String id, String ledgerId, int chunk, List<Kept> events) {

    public HistoryChunk {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /**
     * One event as kept: its payload as the event serializer's JSON, under its type's class name.
     *
     * @param recordedAt the event message's timestamp
     */
    public record Kept(String eventId, Instant recordedAt, String recordedBy, String type, String payload) {
    }

    static String key(String ledgerId, int chunk) {
        return ledgerId + ":" + chunk;
    }

    static HistoryChunk empty(String ledgerId, int chunk) {
        return new HistoryChunk(key(ledgerId, chunk), ledgerId, chunk, List.of());
    }

    /**
     * With the event kept last; if it is kept already (its batch was written before a crash, the ledger's count
     * not), as it is.
     */
    HistoryChunk with(Kept event) {
        if (events.stream().anyMatch(kept -> kept.eventId().equals(event.eventId()))) {
            return this;
        }
        List<Kept> changed = new ArrayList<>(events);
        changed.add(event);
        return new HistoryChunk(id, ledgerId, chunk, changed);
    }
}
