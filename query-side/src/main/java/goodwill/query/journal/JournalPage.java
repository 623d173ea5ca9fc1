package goodwill.query.journal;

import goodwill.query.web.CsvRows;
import java.util.List;

/**
 * One page of a journal; {@code nextCursor} asks for the next one, and is null on the last. As CSV
 * ({@code Accept: text/csv}), one {@link JournalRow} per entry.
 */
public record JournalPage(List<JournalEntry> entries, String nextCursor) implements CsvRows {

    @Override
    public List<JournalRow> csvRows() {
        return entries.stream().map(JournalRow::of).toList();
    }

    @Override
    public Class<JournalRow> csvRowType() {
        return JournalRow.class;
    }

    /** A journal entry as one CSV row: its parties joined by spaces, its summary left to the JSON. */
    public record JournalRow(long position, String type, String occurredAt, String recordedAt, String recordedBy,
                             String parties, String corrects) {

        static JournalRow of(JournalEntry entry) {
            return new JournalRow(entry.position(), entry.type(), text(entry.occurredAt()), text(entry.recordedAt()),
                                  entry.recordedBy(), String.join(" ", entry.parties()), entry.corrects());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
