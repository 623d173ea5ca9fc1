package goodwill.query.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * The relationships I first invested in during one period, and what they had returned some months after each one's
 * first investment: one row of a table that reads like a retention table.
 *
 * @param size  how many relationships I first invested in during the period
 * @param cells one per horizon ({@link TrailingReturns#HORIZONS}), in order
 */
public record Cohort(String cohort, LocalDate start, int size, List<Cell> cells) {

    /**
     * What the cohort returned within {@code months} of each first investment (after it, up to that many months
     * later). Not {@code known} while the horizon has not passed for the whole period: then every figure is null.
     *
     * @param returned         how many of the relationships did me at least one favor in that time
     * @param returnedShare    returned / size, three decimals
     * @param receivedWeighted what they did me in that time, weighted
     */
    public record Cell(int months, boolean known, Integer returned, Double returnedShare, Double receivedWeighted) {
    }

    /** One cell as one CSV row. */
    public record Row(String cohort, LocalDate start, int size, int months, boolean known, Integer returned,
                      Double returnedShare, Double receivedWeighted) {
    }

    List<Row> rows() {
        return cells.stream().map(cell -> new Row(cohort, start, size, cell.months(), cell.known(), cell.returned(),
                                                  cell.returnedShare(), cell.receivedWeighted())).toList();
    }
}
