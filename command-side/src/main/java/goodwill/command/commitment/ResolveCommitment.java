package goodwill.command.commitment;

import goodwill.command.Ids;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentReleased;
import goodwill.events.CommitmentResolution;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record how a commitment ended.
 *
 * @param favorId the favor that kept it, or null; only a KEPT commitment has one
 */
public record ResolveCommitment(String ledgerId,
                                String commitmentId,
                                CommitmentStatus status,
                                Instant occurredAt,
                                String favorId) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.commitment(ledgerId, commitmentId);
    }

    CommitmentResolution toEvent() {
        return switch (status) {
            case KEPT -> new CommitmentKept(ledgerId, commitmentId, favorId, occurredAt);
            case BROKEN -> new CommitmentBroken(ledgerId, commitmentId, occurredAt);
            case RELEASED -> new CommitmentReleased(ledgerId, commitmentId, occurredAt);
        };
    }
}
