package goodwill.query.reciprocity;

import goodwill.query.web.CsvRows;
import java.util.List;

/** The "don't invest further" list, each entry with its reasons; with {@code Accept: text/csv}, one row each. */
public record DontInvestView(String ledgerId, String meId, List<DontInvest> contacts) implements CsvRows {

    @Override
    public Table<DontInvest.Row> csvTable() {
        return new Table<>(contacts.stream().map(DontInvest::row).toList(), DontInvest.Row.class);
    }
}
