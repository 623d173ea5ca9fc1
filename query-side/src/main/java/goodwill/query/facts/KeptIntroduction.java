package goodwill.query.facts;

import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * An introduction and what came of it. Keyed by {@code <ledgerId>:<introductionId>}. Public only because the
 * driver's record codec reads public records alone.
 *
 * @param made     naming contacts as recorded (not as merged since)
 * @param outcomes in the order they happened (those of the same time in the order recorded), each once
 */
public record KeptIntroduction(@BsonId String id, String ledgerId, IntroductionMade made, List<Outcome> outcomes) {

    private static final Comparator<Outcome> BY_TIME = Comparator.comparing(Outcome::occurredAt);

    public KeptIntroduction {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    static String key(String ledgerId, String introductionId) {
        return ledgerId + ":" + introductionId;
    }

    static KeptIntroduction made(IntroductionMade made) {
        return new KeptIntroduction(key(made.ledgerId(), made.introductionId()), made.ledgerId(), made, List.of());
    }

    /** An outcome seen again (same id) is counted once. */
    KeptIntroduction withOutcome(IntroductionOutcomeRecorded recorded) {
        if (outcomes.stream().anyMatch(outcome -> outcome.outcomeId().equals(recorded.outcomeId()))) {
            return this;
        }
        List<Outcome> changed = new ArrayList<>(outcomes);
        changed.add(new Outcome(recorded.outcomeId(), recorded.outcome(), recorded.occurredAt(), recorded.note()));
        changed.sort(BY_TIME);
        return new KeptIntroduction(id, ledgerId, made, changed);
    }
}
