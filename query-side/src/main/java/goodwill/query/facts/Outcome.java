package goodwill.query.facts;

import goodwill.events.IntroductionOutcome;
import java.time.Instant;

/** Something that came of an introduction (or nothing), when. */
public record Outcome(String outcomeId, IntroductionOutcome outcome, Instant occurredAt, String note) {
}
