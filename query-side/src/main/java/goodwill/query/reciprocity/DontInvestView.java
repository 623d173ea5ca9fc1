package goodwill.query.reciprocity;

import goodwill.query.web.CsvRows;
import java.util.List;

/** The "don't invest further" list, each entry with its reasons; with {@code Accept: text/csv}, one row each. */
public record DontInvestView(String ledgerId, String meId, List<DontInvest> contacts) implements CsvRows {

    @Override
    public List<DontInvest.Row> csvRows() {
        return contacts.stream().map(DontInvest::row).toList();
    }

    @Override
    public Class<DontInvest.Row> csvRowType() {
        return DontInvest.Row.class;
    }
}
