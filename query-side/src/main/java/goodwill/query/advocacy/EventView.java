package goodwill.query.advocacy;

import java.time.Instant;

/**
 * One event behind a score: what it counted as and what it is worth, before and after decay, rounded to two
 * decimals.
 *
 * @param type the event: {@code FavorRecorded} (as amended), {@code IntroductionMade},
 *             {@code IntroductionOutcomeRecorded}, {@code CommitmentKept} or {@code CommitmentBroken}
 * @param id   the favor, introduction or commitment id
 */
public record EventView(String type, String id, Instant occurredAt, Factor factor, double points, double decayedPoints) {

    static EventView of(ScoredFact scored) {
        return new EventView(scored.fact().type(), scored.fact().sourceId(), scored.fact().occurredAt(),
                             scored.fact().factor(), AdvocacyFormula.rounded(scored.points()),
                             AdvocacyFormula.rounded(scored.decayedPoints()));
    }
}
