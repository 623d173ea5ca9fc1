package goodwill.query.commitments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One promise of a ledger and how it ended. Whether it is overdue depends on the day it is read, so it is never
 * stored: see {@link #overdue}.
 *
 * @param promiserId who promised, as recorded (a report or the API shows the survivor of a merge)
 * @param promiseeId to whom, as recorded
 * @param dueOn      the day it is due, or null
 * @param madeAt     when it was made
 * @param resolvedAt when it was kept, broken or released, or null while it is open
 * @param favorId    the favor that kept it, or null
 */
public record CommitmentRecord(String ledgerId,
                               String commitmentId,
                               String promiserId,
                               String promiseeId,
                               String what,
                               LocalDate dueOn,
                               Instant madeAt,
                               CommitmentState status,
                               Instant resolvedAt,
                               String favorId) {

    /** Open, and due before {@code today}: a commitment due today is not overdue yet. */
    public boolean overdue(LocalDate today) {
        return status == CommitmentState.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    CommitmentRecord between(String promiserId, String promiseeId) {
        return new CommitmentRecord(ledgerId, commitmentId, promiserId, promiseeId, what, dueOn, madeAt, status, resolvedAt,
                                    favorId);
    }
}
