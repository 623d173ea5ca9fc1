package goodwill.query.reciprocity;

import goodwill.query.FavorWeight;
import java.time.Instant;

/**
 * One favor between me and a contact, as a balance counts it. The favor's weight and whether it was asked
 * are kept rather than its value, so that the value follows {@link FavorWeight} as it is now.
 *
 * @param direction           whether me gave it to the contact or received it from them
 * @param reciprocatesFavorId the earlier favor it says it returns, or null (see {@link Reciprocation})
 */
public record Exchange(String favorId, Direction direction, int weight, boolean asked, Instant occurredAt,
                       String reciprocatesFavorId) {

    public enum Direction {
        GIVEN,
        RECEIVED;

        Direction opposite() {
            return this == GIVEN ? RECEIVED : GIVEN;
        }
    }

    public double value() {
        return FavorWeight.of(weight, asked);
    }
}
