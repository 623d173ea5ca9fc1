package goodwill.events;

import java.time.Instant;

/** The promiser did not do what they promised. */
public record CommitmentBroken(String ledgerId,
                               String commitmentId,
                               Instant occurredAt) implements CommitmentResolution {
}
