package goodwill.query.reports;

import goodwill.events.LedgerEvent;
import java.time.Instant;

/**
 * One event of a ledger's history as a report reads it: the event, and when and by whom it was recorded (the
 * event message's timestamp and {@code recordedBy} metadata).
 */
public record RecordedEvent(LedgerEvent event, String eventId, Instant recordedAt, String recordedBy) {
}
