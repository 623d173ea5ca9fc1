package goodwill.events;

import java.time.Instant;

/**
 * What every Goodwill event has: the ledger it belongs to and when it happened in the world.
 * <p>
 * The ledger id lets the event store keep one ledger's history readable on its own; {@code occurredAt}
 * is business time, supplied by the user and possibly years back. The time an event was recorded is
 * not part of the payload: it is the event message's timestamp, set by the system.
 */
public interface LedgerEvent {

    String ledgerId();

    Instant occurredAt();
}
