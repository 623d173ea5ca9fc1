package goodwill.query.introductions;

import goodwill.events.IntroductionOutcome;
import goodwill.query.facts.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * One introduction as the API shows it, its people as they count now (a merged contact shown as its survivor)
 * and named as last changed.
 *
 * @param outcomes           in the order they happened
 * @param latestOutcome      the last of them, or null while there is none
 * @param ledSomewhere       whether any outcome is an opportunity, a hire or a deal
 * @param daysToLedSomewhere whole days from the introduction to the first such outcome, or null
 */
public record IntroductionView(String introductionId,
                               String introducerId,
                               String introducerName,
                               String personAId,
                               String personAName,
                               String personBId,
                               String personBName,
                               String purpose,
                               Instant occurredAt,
                               List<Outcome> outcomes,
                               IntroductionOutcome latestOutcome,
                               boolean ledSomewhere,
                               Long daysToLedSomewhere) {
}
