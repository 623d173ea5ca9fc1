package goodwill.query.advocacy;

import goodwill.query.web.CsvRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * The ranking of a ledger's contacts on {@code asOf} by {@code formula}, the page asked for: the contacts of
     * {@code tier} (null: all) from {@code offset}, at most {@code limit}, ranks those of the whole ranking. The live
     * query ranks stored facts with it, a retrospective report facts folded up to a date.
     */
    public static AdvocatesView ranked(AdvocacyFormula formula, AdvocacyLedger ledger, Collection<ContactFacts> contacts,
                                       Instant asOf, Tier tier, int offset, int limit) {
        List<Score> ranking = formula.rank(ledger, contacts, asOf);
        List<AdvocateView> listed = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            if (tier == null || ranking.get(i).tier() == tier) {
                listed.add(AdvocateView.of(i + 1, ranking.get(i)));
            }
        }
        int from = Math.min(offset, listed.size());
        int to = (int) Math.min((long) from + limit, listed.size());
        return new AdvocatesView(ledger.ledgerId(), asOf, formula.parameters(), notice(formula, ledger), listed.size(),
                                 offset, limit, listed.subList(from, to));
    }

    /** Null, or why a ranking from facts another formula version selected may be out of date. */
    static String notice(AdvocacyFormula formula, AdvocacyLedger ledger) {
        int running = formula.parameters().version();
        if (ledger.version() == running) {
            return null;
        }
        return "The facts of this ledger were selected by advocacy formula version " + ledger.version()
                + ", the ranking is computed with version " + running + ": replay the 'advocacy' processor "
                + "(POST /api/admin/processors/advocacy/replay) to re-rank all history with it.";
    }

    @Override
    public Table<AdvocateRow> csvTable() {
        return new Table<>(advocates.stream().map(advocate -> AdvocateRow.of(advocate, formula.version())).toList(),
                           AdvocateRow.class);
    }
}
