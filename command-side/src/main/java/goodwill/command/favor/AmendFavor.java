package goodwill.command.favor;

import goodwill.command.Ids;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Correct a recorded favor. Every value that is null stays as it is.
 *
 * @param amendmentId     unique within the favor: the same amendment sent again records nothing new
 * @param favorOccurredAt the corrected time the favor was done, or null
 */
public record AmendFavor(String ledgerId,
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
                         String note,
                         String reason) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.favor(ledgerId, favorId);
    }

    /** @param occurredAt when the amendment is made; the favor's own time is {@link #favorOccurredAt} */
    FavorAmended toEvent(Instant occurredAt) {
        return toEvent(occurredAt, null);
    }

    /** @param subjectId the subject of the favor as amended, whose key seals the note and the reason */
    FavorAmended toEvent(Instant occurredAt, String subjectId) {
        return new FavorAmended(ledgerId, favorId, amendmentId, giverId, receiverId, kind, weight, asked,
                                favorOccurredAt, towardId, reciprocatesFavorId, note, reason, occurredAt, subjectId);
    }
}
