package goodwill.events;

import java.time.Instant;

/**
 * Two contacts turned out to be one person: the merged one stops being a live contact, and its history, as
 * well as anything later naming it, counts for the survivor. Recorded on the merged contact. Me is never
 * merged away.
 *
 * @param survivorId the live contact that remains
 * @param mergedId   the contact merged into it
 * @param occurredAt when the merge was made (defaults to the time of recording)
 */
public record ContactsMerged(String ledgerId, String survivorId, String mergedId, Instant occurredAt) implements LedgerEvent {
}
