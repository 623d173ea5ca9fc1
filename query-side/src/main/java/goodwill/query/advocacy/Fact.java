package goodwill.query.advocacy;

import goodwill.events.IntroductionOutcome;
import java.time.Instant;

/**
 * One thing a contact did for me that counts in their advocacy score, with the event behind it. Only the values
 * the formula needs are kept, never points: what a fact is worth is {@link AdvocacyFormula}'s to say, at query
 * time. Public only because the driver's record codec reads public records alone.
 *
 * @param key        unique within the ledger, so that a correction finds the fact again: {@code favor:<favorId>},
 *                   {@code introduction:<introductionId>}, {@code introduction:<introductionId>/<outcomeId>},
 *                   {@code commitment:<commitmentId>}
 * @param type       the event it comes from: {@code FavorRecorded} (as amended), {@code IntroductionMade},
 *                   {@code IntroductionOutcomeRecorded}, {@code CommitmentKept} or {@code CommitmentBroken}
 * @param sourceId   the favor, introduction or commitment id
 * @param occurredAt when it happened (for a favor, as amended; for a commitment, when it was kept or broken)
 * @param weight     a favor's weight, 0 otherwise
 * @param asked      whether a favor was asked for; false otherwise
 * @param outcome    an introduction outcome's value, or null
 */
public record Fact(String key,
                   Factor factor,
                   String type,
                   String sourceId,
                   Instant occurredAt,
                   int weight,
                   boolean asked,
                   IntroductionOutcome outcome) {

    /** Favors and introductions: what the contact did, as opposed to what came of it or what they promised. */
    boolean isAct() {
        return factor == Factor.FAVOR_FOR_ME || factor == Factor.ON_MY_BEHALF || factor == Factor.INTRODUCED_ME;
    }
}
