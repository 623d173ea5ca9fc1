package goodwill.query.commitments;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/**
 * One commitment as the API shows it, its parties as they count now (a merged contact shown as its survivor): the
 * commitment's fields, then whether it is overdue.
 *
 * @param overdue open and due before the day it was read (UTC); computed, never stored
 */
public record CommitmentView(@JsonUnwrapped CommitmentRecord commitment, boolean overdue) {

    static CommitmentView of(CommitmentRecord commitment, LocalDate today) {
        return new CommitmentView(commitment, commitment.overdue(today));
    }
}
