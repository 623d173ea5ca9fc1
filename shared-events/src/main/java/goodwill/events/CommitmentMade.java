package goodwill.events;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * One person promised another to do something. Promiser and promisee are distinct live contacts of the
 * ledger; me may be either, or neither.
 *
 * @param commitmentId unique within the ledger
 * @param what         what was promised, free text
 * @param dueOn        the day it is due, or null when no day was set
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
public record CommitmentMade(String ledgerId,
                             String commitmentId,
                             String promiserId,
                             String promiseeId,
                             @PersonalDetail(ifForgotten = "(forgotten)") String what,
                             LocalDate dueOn,
                             Instant occurredAt,
                             String subjectId) implements LedgerEvent, AboutSomeone {

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public CommitmentMade(String ledgerId, String commitmentId, String promiserId, String promiseeId, String what,
                          LocalDate dueOn, Instant occurredAt) {
        this(ledgerId, commitmentId, promiserId, promiseeId, what, dueOn, occurredAt, null);
    }
}
