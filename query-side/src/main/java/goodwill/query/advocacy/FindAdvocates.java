package goodwill.query.advocacy;

import java.time.Instant;

/**
 * A page of a ledger's advocate ranking on {@code asOf}; answered with an {@link AdvocatesView}.
 *
 * @param tier only contacts of this tier, or null for all; ranks stay those of the whole ranking
 */
public record FindAdvocates(String ledgerId, Tier tier, int offset, int limit, Instant asOf) {
}
