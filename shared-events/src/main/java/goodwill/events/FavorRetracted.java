package goodwill.events;

import java.time.Instant;

/**
 * A recorded favor is taken back: it was a mistake, and no longer counts anywhere. The favor's own event
 * stays in the history; the timeline shows both.
 *
 * @param reason     why it was retracted, in the user's words
 * @param occurredAt when the retraction was made (defaults to the time of recording)
 */
public record FavorRetracted(String ledgerId, String favorId, String reason, Instant occurredAt) implements LedgerEvent {
}
