package goodwill.events;

import java.time.Instant;

/**
 * The promiser did what they promised.
 *
 * @param favorId the favor of the ledger that kept it, or null
 */
public record CommitmentKept(String ledgerId,
                             String commitmentId,
                             String favorId,
                             Instant occurredAt) implements CommitmentResolution {
}
