package goodwill.events;

import java.time.Instant;

/**
 * How an ask was answered: helped, declined, or left without response. An ask is answered at most once, never
 * before it was made.
 *
 * @param favorId the favor of the ledger that helped, or null; only a HELPED answer names one
 */
public record AskAnswered(String ledgerId,
                          String askId,
                          AskOutcome outcome,
                          String favorId,
                          Instant occurredAt) implements LedgerEvent {
}
