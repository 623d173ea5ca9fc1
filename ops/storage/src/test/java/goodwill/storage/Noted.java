package goodwill.storage;

import goodwill.events.ContactArchived;
import java.time.Instant;

/**
 * A minimal event for storage tests, a note in a ledger: an event of the contract (which is closed), whose
 * {@code reason} carries the note's text.
 */
public final class Noted {

    private Noted() {
    }

    public static ContactArchived of(String text) {
        return in("ledger-1", text);
    }

    public static ContactArchived in(String ledgerId, String text) {
        return new ContactArchived(ledgerId, "note", text, Instant.parse("2024-03-01T10:00:00Z"));
    }

    /** The text of a note made here. */
    public static String textOf(Object payload) {
        return ((ContactArchived) payload).reason();
    }
}
