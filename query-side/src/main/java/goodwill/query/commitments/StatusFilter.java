package goodwill.query.commitments;

import java.time.LocalDate;

/** Which commitments a listing shows: those of one status, or the open ones past their due day. */
public enum StatusFilter {
    OPEN,
    KEPT,
    BROKEN,
    RELEASED,
    OVERDUE;

    boolean admits(CommitmentRecord commitment, LocalDate today) {
        return this == OVERDUE ? commitment.overdue(today) : commitment.status().name().equals(name());
    }
}
