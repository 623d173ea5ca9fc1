package goodwill.command.favor;

import goodwill.command.Ids;
import goodwill.events.FavorRetracted;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back a recorded favor: it was a mistake.
 *
 * @param occurredAt when it was retracted; null for "now"
 */
public record RetractFavor(String ledgerId, String favorId, String reason, Instant occurredAt) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.favor(ledgerId, favorId);
    }

    /** @param subjectId the favor's subject, whose key seals the reason */
    FavorRetracted toEvent(Instant occurredAt, String subjectId) {
        return new FavorRetracted(ledgerId, favorId, reason, occurredAt, subjectId);
    }
}
