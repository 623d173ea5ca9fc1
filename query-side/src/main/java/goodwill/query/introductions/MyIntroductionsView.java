package goodwill.query.introductions;

import goodwill.query.web.CsvRows;
import java.util.List;

/**
 * The introductions I made, newest first, with what came of them. As CSV ({@code Accept: text/csv}), one
 * {@link MyIntroductionRow} each.
 */
public record MyIntroductionsView(String ledgerId, String meId, List<MyIntroductionView> introductions)
        implements CsvRows {

    @Override
    public Table<MyIntroductionRow> csvTable() {
        return new Table<>(introductions.stream().map(MyIntroductionRow::of).toList(), MyIntroductionRow.class);
    }
}
