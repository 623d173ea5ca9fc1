package goodwill.events;

import java.time.Instant;

/**
 * Someone introduced two people to each other. All three are distinct live contacts of the ledger; the
 * introducer need not be me.
 *
 * @param introductionId unique within the ledger
 * @param purpose        why they were introduced, free text, or null
 */
public record IntroductionMade(String ledgerId,
                               String introductionId,
                               String introducerId,
                               String personAId,
                               String personBId,
                               String purpose,
                               Instant occurredAt) implements LedgerEvent {
}
