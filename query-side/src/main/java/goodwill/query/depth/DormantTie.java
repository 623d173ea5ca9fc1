package goodwill.query.depth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A tie worth renewing: someone who mattered, in whom I have not invested for a long time.
 *
 * @param mattered              what they gave me, weighted
 * @param lastInvestedAt        my last favor to them, meeting with them or introduction naming them; null if never
 * @param monthsSinceInvestment whole months from then to the report's time, or null if never
 * @param why                   the same in words
 */
public record DormantTie(String contactId,
                         String name,
                         double mattered,
                         Instant lastInvestedAt,
                         Long monthsSinceInvestment,
                         String why) {

    static DormantTie of(Relationship relationship, Long months, Instant asOf) {
        String received = String.format(Locale.ROOT, "They gave me %s (weighted), the last on %s; ",
                                        value(relationship.received()), day(relationship.lastReceivedAt()));
        String invested = relationship.lastInvestedAt() == null
                ? "I never invested in them since we first met on " + day(relationship.firstAt()) + "."
                : "I last invested in them on " + day(relationship.lastInvestedAt()) + ", " + months
                        + " months before " + day(asOf) + ".";
        return new DormantTie(relationship.contactId(), relationship.name(), relationship.received(),
                              relationship.lastInvestedAt(), months, received + invested);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static String value(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
