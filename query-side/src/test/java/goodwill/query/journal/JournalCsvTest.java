package goodwill.query.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class JournalCsvTest {

    private static JournalEntry entry(String recordedBy, String corrects) {
        return new JournalEntry("team", 7, "e7", "FavorRetracted", Instant.parse("2024-03-01T10:00:00Z"),
                                Instant.parse("2024-03-02T11:00:00Z"), recordedBy, "c1", List.of("me", "ana"),
                                corrects, new Document());
    }

    @Test
    void aHeaderRowThenOneRowPerEntrySeparatedByCrLf() {
        String csv = JournalCsv.of(List.of(entry("ana", "favor:f1")));

        assertThat(csv).isEqualTo("position,type,occurredAt,recordedAt,recordedBy,parties,corrects\r\n"
                                  + "7,FavorRetracted,2024-03-01T10:00:00Z,2024-03-02T11:00:00Z,ana,me ana,favor:f1\r\n");
    }

    @Test
    void valuesWithCommasOrQuotesAreQuotedAndMissingOnesAreEmpty() {
        String csv = JournalCsv.of(List.of(entry("Lee, \"Tom\"", null)));

        assertThat(csv.lines().skip(1).findFirst()).hasValue(
                "7,FavorRetracted,2024-03-01T10:00:00Z,2024-03-02T11:00:00Z,\"Lee, \"\"Tom\"\"\",me ana,");
    }
}
