package goodwill.query.reports;

import goodwill.query.web.CsvRows;
import java.util.List;

/** One part of a composite report as CSV: the rows a {@code section=} parameter chose, with their header. */
record CsvTable<T>(List<T> rows, Class<T> type) implements CsvRows {

    @Override
    public List<T> csvRows() {
        return rows;
    }

    @Override
    public Class<T> csvRowType() {
        return type;
    }
}
