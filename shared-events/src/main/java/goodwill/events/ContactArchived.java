package goodwill.events;

import java.time.Instant;

/**
 * A contact stops being a live contact of the ledger: nothing new may name them, while everything recorded
 * with them stays. Me is never archived.
 *
 * @param reason     why, or null
 * @param occurredAt when it was archived (defaults to the time of recording)
 */
public record ContactArchived(String ledgerId, String contactId, String reason, Instant occurredAt) implements LedgerEvent {
}
