package goodwill.command.favor;

import goodwill.command.Ids;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that one person did something for another.
 *
 * @param towardId            the third party it was done toward, or null
 * @param reciprocatesFavorId the earlier favor of the ledger it returns, or null
 */
public record RecordFavor(String ledgerId,
                          String favorId,
                          String giverId,
                          String receiverId,
                          FavorKind kind,
                          int weight,
                          boolean asked,
                          Instant occurredAt,
                          String towardId,
                          String reciprocatesFavorId,
                          String note) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 5;

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.favor(ledgerId, favorId);
    }

    /** @param subjectId whose key seals the note ({@link goodwill.events.AboutSomeone#among}) */
    FavorRecorded toEvent(String subjectId) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, kind, weight, asked, occurredAt, towardId,
                                 reciprocatesFavorId, note, subjectId);
    }
}
