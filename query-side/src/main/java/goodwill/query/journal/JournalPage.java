package goodwill.query.journal;

import goodwill.query.web.CsvRows;
import java.util.List;

/**
 * One page of a journal; {@code nextCursor} asks for the next one, and is null on the last. As CSV
 * ({@code Accept: text/csv}), one {@link JournalRow} per entry.
 *
 * @param types every event type the journal may show, by the name its entries and its {@code type} filter use (the
 *              contract's, {@link Journal#TYPES}): what a page offers to filter by
 */
public record JournalPage(List<JournalEntry> entries, String nextCursor, List<String> types) implements CsvRows {

    public JournalPage(List<JournalEntry> entries, String nextCursor) {
        this(entries, nextCursor, Journal.TYPES);
    }

    @Override
    public Table<JournalRow> csvTable() {
        return new Table<>(entries.stream().map(JournalRow::of).toList(), JournalRow.class);
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
