package goodwill.query.web;

import java.util.List;

/**
 * A view that can also be answered as CSV, to a client that asks for {@code text/csv}: a header row, then
 * one row per element of {@link #csvRows()}, with the row type's fields as columns in their JSON order.
 * Anything else a view holds (totals, rates) stays JSON only.
 */
public interface CsvRows {

    List<?> csvRows();

    Class<?> csvRowType();
}
