package goodwill.query.reciprocity;

import goodwill.query.web.CsvRows;
import java.time.Instant;
import java.util.List;

/**
 * A list of balances (people who owe me, people I owe), one row per contact; with {@code Accept: text/csv}, the
 * rows as CSV.
 */
public record BalanceListView(String ledgerId, String meId, Instant asOf, List<BalanceRow> contacts)
        implements CsvRows {

    @Override
    public Table<BalanceRow> csvTable() {
        return new Table<>(contacts, BalanceRow.class);
    }
}
