package goodwill.storage;

import goodwill.events.LedgerEvent;
import java.time.Instant;

/** A minimal event for storage tests: a note in a ledger. */
public record Noted(String ledgerId, String text, Instant occurredAt) implements LedgerEvent {

    public static Noted of(String text) {
        return new Noted("ledger-1", text, Instant.parse("2024-03-01T10:00:00Z"));
    }
}
