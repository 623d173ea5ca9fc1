package goodwill.events;

import java.time.Instant;

/**
 * Something came of an introduction (or nothing did). An introduction may have several outcomes over time,
 * none dated before it.
 *
 * @param outcomeId unique within its introduction
 * @param note      free text, or null
 */
public record IntroductionOutcomeRecorded(String ledgerId,
                                          String introductionId,
                                          String outcomeId,
                                          IntroductionOutcome outcome,
                                          Instant occurredAt,
                                          String note) implements LedgerEvent {
}
