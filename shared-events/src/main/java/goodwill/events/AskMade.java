package goodwill.events;

import java.time.Instant;

/**
 * One person asked another for help. Asker and asked are distinct live contacts of the ledger; me may be
 * either, or neither.
 *
 * @param askId unique within the ledger
 * @param what  what was asked for, free text
 */
public record AskMade(String ledgerId,
                      String askId,
                      String askerId,
                      String askedId,
                      String what,
                      Instant occurredAt) implements LedgerEvent {
}
