package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A recorded favor is taken back: it was a mistake, and no longer counts anywhere. The favor's own event
 * stays in the history; the timeline shows both.
 *
 * @param reason     why it was retracted, in the user's words
 * @param occurredAt when the retraction was made (defaults to the time of recording)
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
public record FavorRetracted(String ledgerId,
                             String favorId,
                             @PersonalDetail String reason,
                             Instant occurredAt,
                             String subjectId) implements LedgerEvent, AboutSomeone {

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public FavorRetracted(String ledgerId, String favorId, String reason, Instant occurredAt) {
        this(ledgerId, favorId, reason, occurredAt, null);
    }
}
