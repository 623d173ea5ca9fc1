package goodwill.query.web;

import java.util.List;

/**
 * A view that can also be answered as CSV, to a client that asks for {@code text/csv}: a header row, then
 * one row per element of its {@link #csvTable() table}, with the row type's fields as columns in their JSON order.
 * Anything else a view holds (totals, rates) stays JSON only.
 */
public interface CsvRows {

    Table<?> csvTable();

    /**
     * Rows of one type, which names the columns even when there are no rows: a view's own, or the one part of a
     * composite report that a {@code section=} parameter chose.
     */
    record Table<T>(List<T> rows, Class<T> type) implements CsvRows {

        @Override
        public Table<T> csvTable() {
            return this;
        }
    }
}
