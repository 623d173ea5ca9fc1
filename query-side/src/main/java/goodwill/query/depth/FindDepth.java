package goodwill.query.depth;

import java.time.Instant;

/**
 * A ledger's breadth and depth report; answered with a {@link DepthView}.
 *
 * @param asOf  what had happened by then counts, and dormancy is measured to then
 * @param depth only contacts of this depth are listed, or null for all; counts and the rest are never filtered
 */
public record FindDepth(String ledgerId, Instant asOf, Depth depth) {
}
