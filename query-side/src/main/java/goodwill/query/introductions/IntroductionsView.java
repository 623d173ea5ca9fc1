package goodwill.query.introductions;

import goodwill.query.web.CsvRows;
import java.util.List;

/** A ledger's introductions, newest first. As CSV ({@code Accept: text/csv}), one {@link IntroductionRow} each. */
public record IntroductionsView(String ledgerId, String meId, List<IntroductionView> introductions) implements CsvRows {

    @Override
    public List<IntroductionRow> csvRows() {
        return introductions.stream().map(IntroductionRow::of).toList();
    }

    @Override
    public Class<IntroductionRow> csvRowType() {
        return IntroductionRow.class;
    }
}
