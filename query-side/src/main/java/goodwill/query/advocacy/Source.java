package goodwill.query.advocacy;

import goodwill.events.CommitmentMade;
import goodwill.events.FavorRecorded;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import java.time.Instant;
import java.util.List;

/**
 * A favor, introduction or commitment of a ledger as later events left it, whoever it names: a correction, an
 * outcome or a resolution must find the fact it changes, and an amendment may make a favor between two others
 * one done for me. Exactly one of {@code favor}, {@code introduction}, {@code commitment} is set. Public only
 * because the driver's record codec reads public records alone.
 *
 * @param key        {@code favor:<id>}, {@code introduction:<id>} or {@code commitment:<id>}, unique in the ledger
 * @param favor      with its amendments applied, naming people as recorded (not as merged since)
 * @param retracted  whether the favor was retracted: then it counts nowhere and is amended no more
 * @param outcomes   an introduction's outcomes, in the order recorded, each once
 * @param resolution how a commitment ended, or null while it is open; resolved once
 * @param resolvedAt when it was resolved, or null
 */
public record Source(String key,
                     FavorRecorded favor,
                     boolean retracted,
                     IntroductionMade introduction,
                     List<IntroductionOutcomeRecorded> outcomes,
                     CommitmentMade commitment,
                     Resolution resolution,
                     Instant resolvedAt) {

    public enum Resolution {
        KEPT,
        BROKEN,
        RELEASED
    }

    public Source {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
