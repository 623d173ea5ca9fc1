package goodwill.query.commitments;

import goodwill.query.web.InvalidParameter;
import java.time.LocalDate;

/** Which commitments a listing shows: those of one status, or the open ones past their due day. */
public enum StatusFilter {
    OPEN,
    KEPT,
    BROKEN,
    RELEASED,
    OVERDUE;

    /** The filter named, in any case; anything else is refused naming the allowed values. */
    static StatusFilter parse(String status) {
        return InvalidParameter.choice("status", status, StatusFilter.class);
    }

    boolean admits(CommitmentRecord commitment, LocalDate today) {
        return this == OVERDUE ? commitment.overdue(today) : commitment.status().name().equals(name());
    }
}
