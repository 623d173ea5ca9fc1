package goodwill.query.reciprocity;

import goodwill.query.web.CsvRows;
import java.util.List;

/** The contacts me asked without having invested in them first; with {@code Accept: text/csv}, one row each. */
public record EmptyAccountsView(String ledgerId, String meId, List<EmptyAccount> contacts) implements CsvRows {

    @Override
    public Table<EmptyAccount.Row> csvTable() {
        return new Table<>(contacts.stream().map(EmptyAccount::row).toList(), EmptyAccount.Row.class);
    }
}
