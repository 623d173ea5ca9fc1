package goodwill.query.contacts;

import goodwill.query.web.CsvRows;
import java.util.List;

/**
 * A ledger's directory, sorted by display name. As CSV ({@code Accept: text/csv}), the contacts alone: one row
 * per contact with its fields as columns, tags joined by {@code ;}.
 */
public record ContactsView(String ledgerId, String meId, List<ContactView> contacts) implements CsvRows {

    @Override
    public Table<ContactView> csvTable() {
        return new Table<>(contacts, ContactView.class);
    }
}
