package goodwill.query.advocacy;

import goodwill.query.web.CsvRows;
import java.time.Instant;
import java.util.List;

/**
 * A page of a ledger's advocate ranking on {@code asOf}, highest score first. As CSV ({@code Accept: text/csv}),
 * the page's contacts alone, one row each with the formula's version.
 *
 * @param formula the formula's version and every parameter it scored with
 * @param notice  null, or why the ranking may be out of date (its facts were selected by another formula version)
 * @param total   how many contacts the ranking (or the tier asked for) holds, over all pages
 */
public record AdvocatesView(String ledgerId,
                            Instant asOf,
                            AdvocacyFormula.Parameters formula,
                            String notice,
                            int total,
                            int offset,
                            int limit,
                            List<AdvocateView> advocates) implements CsvRows {

    @Override
    public List<AdvocateRow> csvRows() {
        return advocates.stream().map(advocate -> AdvocateRow.of(advocate, formula.version())).toList();
    }

    @Override
    public Class<AdvocateRow> csvRowType() {
        return AdvocateRow.class;
    }
}
