package goodwill.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person promised another to do something. Promiser and promisee are distinct live contacts of the
 * ledger; me may be either, or neither.
 *
 * @param commitmentId unique within the ledger
 * @param what         what was promised, free text
 * @param dueOn        the day it is due, or null when no day was set
 */
public record CommitmentMade(String ledgerId,
                             String commitmentId,
                             String promiserId,
                             String promiseeId,
                             String what,
                             LocalDate dueOn,
                             Instant occurredAt) implements LedgerEvent {
}
