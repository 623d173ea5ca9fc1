package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A recorded favor is corrected: from now on it counts with the values given here. Every value that is null
 * is left as it was; an amendment never clears an optional value. The favor's earlier events stay in the
 * history.
 *
 * @param amendmentId      unique within the favor; a retried amendment with the same id records nothing new
 * @param favorOccurredAt  the corrected time the favor was done, or null
 * @param reason           why it was corrected, or null
 * @param occurredAt       when the amendment was made (defaults to the time of recording); not the favor's time
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
public record FavorAmended(String ledgerId,
                           String favorId,
                           String amendmentId,
                           String giverId,
                           String receiverId,
                           FavorKind kind,
                           Integer weight,
                           Boolean asked,
                           Instant favorOccurredAt,
                           String towardId,
                           String reciprocatesFavorId,
                           @PersonalDetail String note,
                           @PersonalDetail String reason,
                           Instant occurredAt,
                           String subjectId) implements LedgerEvent, AboutSomeone {

    /** The favor as this amendment leaves it. */
    public FavorRecorded applyTo(FavorRecorded favor) {
        return new FavorRecorded(favor.ledgerId(), favor.favorId(),
                                 giverId == null ? favor.giverId() : giverId,
                                 receiverId == null ? favor.receiverId() : receiverId,
                                 kind == null ? favor.kind() : kind,
                                 weight == null ? favor.weight() : weight,
                                 asked == null ? favor.asked() : asked,
                                 favorOccurredAt == null ? favor.occurredAt() : favorOccurredAt,
                                 towardId == null ? favor.towardId() : towardId,
                                 reciprocatesFavorId == null ? favor.reciprocatesFavorId() : reciprocatesFavorId,
                                 note == null ? favor.note() : note,
                                 subjectId == null ? favor.subjectId() : subjectId);
    }

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public FavorAmended(String ledgerId, String favorId, String amendmentId, String giverId, String receiverId,
                        FavorKind kind, Integer weight, Boolean asked, Instant favorOccurredAt, String towardId,
                        String reciprocatesFavorId, String note, String reason, Instant occurredAt) {
        this(ledgerId, favorId, amendmentId, giverId, receiverId, kind, weight, asked, favorOccurredAt, towardId,
             reciprocatesFavorId, note, reason, occurredAt, null);
    }
}
