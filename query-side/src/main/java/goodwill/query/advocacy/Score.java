package goodwill.query.advocacy;

import java.time.Instant;
import java.util.List;

/**
 * A contact's advocacy score on one day, unrounded, with everything that explains it.
 *
 * @param breakdown   one row per point-bearing factor, then {@link Factor#RELIABILITY}; the rows add up to the score
 * @param reliability the factor kept and broken promises multiplied the score by
 * @param lastActedAt when the contact last did me a favor or introduced me, or null
 * @param facts       the facts behind the score, newest first
 * @param why         the score in one plain sentence
 */
public record Score(String contactId,
                    String name,
                    boolean archived,
                    double score,
                    Tier tier,
                    List<FactorPoints> breakdown,
                    int commitmentsKept,
                    int commitmentsBroken,
                    double reliability,
                    Instant lastActedAt,
                    List<ScoredFact> facts,
                    String why) {
}
