package goodwill.query.reports;

import goodwill.query.reciprocity.Tally;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * What one relationship returned, read from its whole history: favors between me and the contact as corrected,
 * a merged contact's counted for the survivor, valued as every balance values them.
 *
 * @param firstInvestment the first favor I did the contact, or null
 * @param firstReturn     the first favor the contact did me after the first investment, or null
 * @param lagDays         whole days from the first investment to the first return, or null
 * @param months          the months in which something was exchanged, with what was given and received in all up to
 *                        the end of each (weighted), in time order
 */
public record RelationshipReturn(String contactId,
                                 String name,
                                 Moment firstInvestment,
                                 Moment firstReturn,
                                 Long lagDays,
                                 Tally given,
                                 Tally received,
                                 List<MonthTotals> months) {

    /** A favor and when it was done. */
    public record Moment(String favorId, Instant occurredAt) {
    }

    /** Given and received, weighted, from the start of the relationship to the end of {@code month}. */
    public record MonthTotals(YearMonth month, double givenToDate, double receivedToDate) {
    }

    /** A relationship as one CSV row, without its months. */
    public record Row(String contactId, String name, String firstInvestmentFavorId, Instant firstInvestmentAt,
                      String firstReturnFavorId, Instant firstReturnAt, Long lagDays, int givenCount,
                      double givenWeighted, int receivedCount, double receivedWeighted) {
    }

    /** One month of a relationship as one CSV row. */
    public record MonthRow(String contactId, String name, YearMonth month, double givenToDate, double receivedToDate) {
    }

    Row row() {
        return new Row(contactId, name, firstInvestment == null ? null : firstInvestment.favorId(),
                       firstInvestment == null ? null : firstInvestment.occurredAt(),
                       firstReturn == null ? null : firstReturn.favorId(),
                       firstReturn == null ? null : firstReturn.occurredAt(), lagDays, given.count(), given.weighted(),
                       received.count(), received.weighted());
    }

    List<MonthRow> monthRows() {
        return months.stream()
                     .map(month -> new MonthRow(contactId, name, month.month(), month.givenToDate(), month.receivedToDate()))
                     .toList();
    }
}
