package goodwill.query.introductions;

import goodwill.events.IntroductionOutcome;
import java.time.Instant;
import java.util.List;

/**
 * An introduction as one CSV row: its outcomes as {@code <outcome> <occurredAt>} entries, joined by {@code ;}.
 * Public only because the CSV module reads public records alone.
 */
public record IntroductionRow(String introductionId,
                              String introducerId,
                              String introducerName,
                              String personAId,
                              String personAName,
                              String personBId,
                              String personBName,
                              String purpose,
                              Instant occurredAt,
                              List<String> outcomes,
                              IntroductionOutcome latestOutcome,
                              boolean ledSomewhere,
                              Long daysToLedSomewhere) {

    static IntroductionRow of(IntroductionView view) {
        return new IntroductionRow(view.introductionId(), view.introducerId(), view.introducerName(),
                                   view.personAId(), view.personAName(), view.personBId(), view.personBName(),
                                   view.purpose(), view.occurredAt(),
                                   view.outcomes().stream().map(o -> o.outcome() + " " + o.occurredAt()).toList(),
                                   view.latestOutcome(), view.ledSomewhere(), view.daysToLedSomewhere());
    }
}
