package goodwill.query.introductions;

import goodwill.query.web.CsvRows;
import java.util.List;

/**
 * Everyone who made introductions in a ledger, by how many led somewhere, then rate. As CSV
 * ({@code Accept: text/csv}), one row per connector.
 */
public record ConnectorsView(String ledgerId, String meId, List<ConnectorView> connectors) implements CsvRows {

    @Override
    public Table<ConnectorView> csvTable() {
        return new Table<>(connectors, ConnectorView.class);
    }
}
