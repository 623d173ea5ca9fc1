package goodwill.query.depth;

import java.time.Instant;

/**
 * What passed between me and one contact up to a time, corrections and merges applied: the facts every depth,
 * concentration and dormancy figure is computed from.
 *
 * @param interactions   favors between us (either way), meetings we both attended, introductions naming both of us
 * @param months         distinct calendar months (UTC) with an interaction
 * @param given          what I did for them: favors, weighted ({@code FavorWeight})
 * @param received       what they did for me: favors, weighted
 * @param lastReceivedAt the last favor they did me, or null
 * @param lastInvestedAt the last time I invested in them: a favor I did them, a meeting we both attended or an
 *                       introduction I made naming them; or null
 */
public record Relationship(String contactId,
                           String name,
                           boolean archived,
                           int interactions,
                           int months,
                           double given,
                           double received,
                           Instant firstAt,
                           Instant lastAt,
                           Instant lastReceivedAt,
                           Instant lastInvestedAt) {

    public Depth depth() {
        return Depth.of(this);
    }
}
