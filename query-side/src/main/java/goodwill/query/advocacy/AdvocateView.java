package goodwill.query.advocacy;

import java.time.Instant;
import java.util.List;

/**
 * One contact's place in the ranking, as the API shows it: score and points rounded to two decimals.
 *
 * @param rank        1 for the highest score, in the whole ranking (a tier filter keeps the ranks)
 * @param breakdown   decayed points per factor and what reliability added or took; the rows add up to the score
 * @param reliability what kept and broken promises multiplied the score by
 * @param lastActedAt when the contact last did me a favor or introduced me, or null
 */
public record AdvocateView(int rank,
                           String contactId,
                           String name,
                           Tier tier,
                           double score,
                           List<FactorPoints> breakdown,
                           String why,
                           boolean archived,
                           double reliability,
                           int commitmentsKept,
                           int commitmentsBroken,
                           Instant lastActedAt) {

    static AdvocateView of(int rank, Score score) {
        return new AdvocateView(rank, score.contactId(), score.name(), score.tier(), AdvocacyFormula.rounded(score.score()),
                                score.breakdown().stream().map(FactorPoints::rounded).toList(), score.why(),
                                score.archived(), AdvocacyFormula.rounded(score.reliability()), score.commitmentsKept(),
                                score.commitmentsBroken(), score.lastActedAt());
    }

    double pointsOf(Factor factor) {
        return breakdown.stream().filter(row -> row.factor() == factor).mapToDouble(FactorPoints::points).sum();
    }
}
