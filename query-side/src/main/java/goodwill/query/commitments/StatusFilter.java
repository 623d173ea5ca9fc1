package goodwill.query.commitments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Which commitments a listing shows: those of one status, or the open ones past their due day. */
public enum StatusFilter {
    OPEN,
    KEPT,
    BROKEN,
    RELEASED,
    OVERDUE;

    static final List<String> ALLOWED = Arrays.stream(values()).map(Enum::name).toList();

    /** The filter named, in any case; anything else is refused naming the allowed values. */
    static StatusFilter parse(String status) {
        try {
            return valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidStatusFilter(status);
        }
    }

    boolean admits(Commitment commitment, LocalDate today) {
        return this == OVERDUE ? commitment.overdue(today) : commitment.status().name().equals(name());
    }
}
