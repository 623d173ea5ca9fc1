package goodwill.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import goodwill.query.journal.JournalEntry;
import goodwill.query.journal.JournalPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;

/** How every CSV answer of the query side is written, shown on a journal page. */
class CsvRowsConverterTest {

    private static final MediaType CSV = new MediaType("text", "csv");

    private static JournalEntry entry(String recordedBy, String corrects) {
        return new JournalEntry("team", 7, "e7", "FavorRetracted", Instant.parse("2024-03-01T10:00:00Z"),
                                Instant.parse("2024-03-02T11:00:00Z"), recordedBy, "c1", List.of("me", "ana"),
                                corrects, new Document());
    }

    private static String csvOf(JournalEntry entry) throws IOException {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        new CsvConfiguration.CsvRowsConverter().write(new JournalPage(List.of(entry), null), CSV, output);
        return output.getBodyAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aHeaderRowThenOneRowPerEntrySeparatedByCrLf() throws IOException {
        assertThat(csvOf(entry("ana", "favor:f1")))
                .isEqualTo("position,type,occurredAt,recordedAt,recordedBy,parties,corrects\r\n"
                           + "7,FavorRetracted,2024-03-01T10:00:00Z,2024-03-02T11:00:00Z,ana,me ana,favor:f1\r\n");
    }

    @Test
    void valuesWithCommasOrQuotesAreQuotedAndMissingOnesAreEmpty() throws IOException {
        assertThat(csvOf(entry("Lee, \"Tom\"", null)).lines().skip(1).findFirst()).hasValue(
                "7,FavorRetracted,2024-03-01T10:00:00Z,2024-03-02T11:00:00Z,\"Lee, \"\"Tom\"\"\",me ana,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(1)", "\tx", "\rx"})
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsPlainText(String recordedBy) throws IOException {
        assertThat(cellsOf(csvOf(entry(recordedBy, null))).get("recordedBy")).isEqualTo("'" + recordedBy);
    }

    /** The first row as a spreadsheet reads it: column name to cell text, quotes undone. */
    private static Map<String, String> cellsOf(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                                                                        .with(CsvSchema.emptySchema().withHeader())
                                                                        .readValues(csv)) {
            return rows.next();
        }
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAsTheyAre() throws IOException {
        assertThat(csvOf(entry("ana-maria", null)).lines().skip(1).findFirst()).hasValue(
                "7,FavorRetracted,2024-03-01T10:00:00Z,2024-03-02T11:00:00Z,ana-maria,me ana,");
    }

    @Test
    void aClientThatDoesNotAskForCsvIsNotOfferedIt() {
        assertThat(new CsvConfiguration.CsvRowsConverter().canRead(JournalPage.class, CSV)).isFalse();
        assertThat(new CsvConfiguration.CsvRowsConverter().canWrite(String.class, CSV)).isFalse();
    }
}
