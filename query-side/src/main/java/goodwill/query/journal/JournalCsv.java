package goodwill.query.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.List;

/** Journal entries as CSV (RFC 4180): a header row, then one row per entry; parties separated by spaces. */
final class JournalCsv {

    private static final CsvSchema SCHEMA = CsvSchema.builder()
                                                     .addNumberColumn("position")
                                                     .addColumn("type")
                                                     .addColumn("occurredAt")
                                                     .addColumn("recordedAt")
                                                     .addColumn("recordedBy")
                                                     .addColumn("parties")
                                                     .addColumn("corrects")
                                                     .setUseHeader(true)
                                                     .setLineSeparator("\r\n")
                                                     .build();
    /** Quotes only what needs quoting (a comma, a quote, a line break), as RFC 4180 asks. */
    private static final ObjectWriter WRITER = CsvMapper.builder()
                                                        .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                                                        .build()
                                                        .writer(SCHEMA);

    private JournalCsv() {
    }

    /** One row of the CSV: the entry's columns as text, in the schema's order. */
    private record Row(long position, String type, String occurredAt, String recordedAt, String recordedBy,
                       String parties, String corrects) {

        static Row of(JournalEntry entry) {
            return new Row(entry.position(), entry.type(), text(entry.occurredAt()), text(entry.recordedAt()),
                           entry.recordedBy(), String.join(" ", entry.parties()), entry.corrects());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    static String of(List<JournalEntry> entries) {
        try {
            return WRITER.writeValueAsString(entries.stream().map(Row::of).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
