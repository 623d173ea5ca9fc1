package goodwill.query.reciprocity;

import goodwill.query.web.CsvRows;
import java.util.List;

/**
 * Me's balances with every contact of a ledger that counts (merged ones are their survivors'), by contact id;
 * with {@code Accept: text/csv}, one {@link BalanceRow} each.
 */
public record LedgerBalancesView(String ledgerId, String meId, List<BalanceView> balances) implements CsvRows {

    @Override
    public Table<BalanceRow> csvTable() {
        return new Table<>(balances.stream().map(BalanceRow::of).toList(), BalanceRow.class);
    }
}
