package goodwill.events;

import java.time.Instant;

/** Promiser and promisee agreed that the promise no longer holds: neither kept nor broken. */
public record CommitmentReleased(String ledgerId,
                                 String commitmentId,
                                 Instant occurredAt) implements CommitmentResolution {
}
