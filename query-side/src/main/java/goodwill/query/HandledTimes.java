package goodwill.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The times the query side handles: the years ISO-8601 writes with four digits, which every codec (a BSON date
 * holds milliseconds in a long), index, date computation and report of the query side handles. A query naming a
 * time outside them is refused; an event carrying one is {@linkplain EventTimesGuard set aside}, never applied.
 */
public final class HandledTimes {

    public static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /** The range, in words for a problem's detail. */
    public static final String IN_WORDS = "a time in the years 0000 to 9999";

    private HandledTimes() {
    }

    public static boolean handled(Instant moment) {
        return !moment.isBefore(FIRST) && !moment.isAfter(LAST);
    }

    /** The ISO-8601 instant written, if it is one and handled; null otherwise, for the caller to refuse. */
    public static Instant parse(String text) {
        try {
            Instant moment = Instant.parse(text);
            return handled(moment) ? moment : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean handled(LocalDate day) {
        return day.getYear() >= 0 && day.getYear() <= 9999;
    }
}
