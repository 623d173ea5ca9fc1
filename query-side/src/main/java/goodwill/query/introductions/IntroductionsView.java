package goodwill.query.introductions;

import goodwill.query.web.CsvRows;
import java.util.List;

/** A ledger's introductions, newest first. As CSV ({@code Accept: text/csv}), one {@link IntroductionRow} each. */
public record IntroductionsView(String ledgerId, String meId, List<IntroductionView> introductions) implements CsvRows {

    @Override
    public Table<IntroductionRow> csvTable() {
        return new Table<>(introductions.stream().map(IntroductionRow::of).toList(), IntroductionRow.class);
    }
}
