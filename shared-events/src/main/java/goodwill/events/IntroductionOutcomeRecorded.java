package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Something came of an introduction (or nothing did). An introduction may have several outcomes over time,
 * none dated before it.
 *
 * @param outcomeId unique within its introduction
 * @param note      free text, or null
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
public record IntroductionOutcomeRecorded(String ledgerId,
                                          String introductionId,
                                          String outcomeId,
                                          IntroductionOutcome outcome,
                                          Instant occurredAt,
                                          @PersonalDetail String note,
                                          String subjectId) implements LedgerEvent, AboutSomeone {

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public IntroductionOutcomeRecorded(String ledgerId, String introductionId, String outcomeId,
                                       IntroductionOutcome outcome, Instant occurredAt, String note) {
        this(ledgerId, introductionId, outcomeId, outcome, occurredAt, note, null);
    }
}
