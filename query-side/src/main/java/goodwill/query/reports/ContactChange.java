package goodwill.query.reports;

import goodwill.query.advocacy.Tier;
import java.util.List;

/**
 * One contact between the two dates of a comparison. A side is null where the contact was not ranked or had no
 * balance then (not yet in the ledger, or merged away).
 *
 * @param rankChange    {@code rankFrom - rankTo}: above zero the contact rose; null unless ranked at both dates
 * @param balanceChange {@code balanceTo - balanceFrom}, a missing balance counted as zero
 * @param events        the events that count at {@code to} and not at {@code from} naming the contact (or what
 *                      they correct), in the order they were recorded; none when only time moved (scores decay)
 */
public record ContactChange(String contactId,
                            String name,
                            Integer rankFrom,
                            Integer rankTo,
                            Integer rankChange,
                            Double scoreFrom,
                            Double scoreTo,
                            Tier tierFrom,
                            Tier tierTo,
                            Double balanceFrom,
                            Double balanceTo,
                            double balanceChange,
                            List<ChangedEvent> events) {

    /** The change as one CSV row: the events counted, not listed. */
    public record Row(String contactId, String name, Integer rankFrom, Integer rankTo, Integer rankChange,
                      Double scoreFrom, Double scoreTo, Tier tierFrom, Tier tierTo, Double balanceFrom,
                      Double balanceTo, double balanceChange, int events) {
    }

    Row row() {
        return new Row(contactId, name, rankFrom, rankTo, rankChange, scoreFrom, scoreTo, tierFrom, tierTo, balanceFrom,
                       balanceTo, balanceChange, events.size());
    }
}
