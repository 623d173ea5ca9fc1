package goodwill.query.commitments;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One commitment as the API shows it, its parties as they count now (a merged contact shown as its survivor).
 *
 * @param overdue open and due before the day it was read (UTC); computed, never stored
 */
public record CommitmentView(String ledgerId,
                             String commitmentId,
                             String promiserId,
                             String promiseeId,
                             String what,
                             LocalDate dueOn,
                             Instant madeAt,
                             CommitmentState status,
                             Instant resolvedAt,
                             String favorId,
                             boolean overdue) {

    static CommitmentView of(CommitmentRecord commitment, LocalDate today) {
        return new CommitmentView(commitment.ledgerId(), commitment.commitmentId(), commitment.promiserId(),
                                  commitment.promiseeId(), commitment.what(), commitment.dueOn(), commitment.madeAt(),
                                  commitment.status(), commitment.resolvedAt(), commitment.favorId(),
                                  commitment.overdue(today));
    }
}
