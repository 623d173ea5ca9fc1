package goodwill.query.reciprocity;

import goodwill.query.web.CsvRows;
import java.util.List;

/** The contacts me asked without having invested in them first; with {@code Accept: text/csv}, one row each. */
public record EmptyAccountsView(String ledgerId, String meId, List<EmptyAccount> contacts) implements CsvRows {

    @Override
    public List<EmptyAccount.Row> csvRows() {
        return contacts.stream().map(EmptyAccount::row).toList();
    }

    @Override
    public Class<EmptyAccount.Row> csvRowType() {
        return EmptyAccount.Row.class;
    }
}
