package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Someone introduced two people to each other. All three are distinct live contacts of the ledger; the
 * introducer need not be me.
 *
 * @param introductionId unique within the ledger
 * @param purpose        why they were introduced, free text, or null
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
public record IntroductionMade(String ledgerId,
                               String introductionId,
                               String introducerId,
                               String personAId,
                               String personBId,
                               @PersonalDetail String purpose,
                               Instant occurredAt,
                               String subjectId) implements LedgerEvent, AboutSomeone {

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public IntroductionMade(String ledgerId, String introductionId, String introducerId, String personAId,
                            String personBId, String purpose, Instant occurredAt) {
        this(ledgerId, introductionId, introducerId, personAId, personBId, purpose, occurredAt, null);
    }
}
