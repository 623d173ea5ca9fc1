package goodwill.query.journal;

import java.util.List;

/** Journal entries as CSV (RFC 4180): a header row, then one row per entry; parties separated by spaces. */
final class JournalCsv {

    static final String HEADER = "position,type,occurredAt,recordedAt,recordedBy,parties,corrects";

    private JournalCsv() {
    }

    static String of(List<JournalEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (JournalEntry entry : entries) {
            csv.append(entry.position()).append(',')
               .append(cell(entry.type())).append(',')
               .append(cell(entry.occurredAt())).append(',')
               .append(cell(entry.recordedAt())).append(',')
               .append(cell(entry.recordedBy())).append(',')
               .append(cell(String.join(" ", entry.parties()))).append(',')
               .append(cell(entry.corrects())).append("\r\n");
        }
        return csv.toString();
    }

    /** A value, quoted when it holds a comma, quote or line break; nothing for null. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
