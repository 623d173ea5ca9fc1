package goodwill.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import goodwill.command.imports.ContactFile.Row;
import goodwill.command.imports.ContactFile.Skipped;
import goodwill.command.imports.ContactFile.Unreadable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A spreadsheet's CSV read through a mapping of fields to columns, from fixtures made for these tests. */
class MappedCsvContactsTest {

    private static final String GOOGLE = "firstName:First Name,lastName:Last Name,email:E-mail 1 - Value,"
                                         + "organization:Organization Name,role:Organization Title,tags:Labels,"
                                         + "note:Notes";

    @Test
    void googleContactsAreReadThroughTheMapWithTheirLabelsAsTags() throws IOException {
        ContactFile read;
        try (Reader file = ContactFile.text(getClass().getResourceAsStream("/imports/google-contacts.csv"))) {
            read = MappedCsvContacts.read(file, MappedCsvContacts.mapping(GOOGLE));
        }

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(Row::displayName).containsExactly("Jane Doe", "Ravi Kumar");
        Row jane = read.rows().get(0);
        assertThat(jane.email()).isEqualTo("jane@example.org");
        assertThat(jane.organization()).isEqualTo("Acme Robotics");
        assertThat(jane.role()).isEqualTo("Staff Engineer");
        assertThat(jane.tags()).containsExactly("mentor", "robotics");
        assertThat(jane.note()).isEqualTo("Met at a conference, in Lisbon");
        assertThat(read.rows().get(1).sourceKey()).isEqualTo("name:ravi kumar|widgets, inc.");
        assertThat(read.skipped()).containsExactly(new Skipped(4, "no name"));
    }

    @Test
    void fieldsWithoutAMapAreReadFromColumnsOfTheirOwnNamesAndADayIsWhenTheyEnteredTheNetwork() throws IOException {
        ContactFile read = MappedCsvContacts.read(new StringReader("""
                displayName,email,occurredAt,key
                Jane Doe,jane@example.org,2021-03-05,17
                Bo Chen,,2021-03-05T10:00:00+02:00,18
                Al Bad,,last spring,19
                """), MappedCsvContacts.mapping(null));

        assertThat(read.rows()).extracting(Row::occurredAt).containsExactly(Instant.parse("2021-03-05T00:00:00Z"),
                                                                            Instant.parse("2021-03-05T08:00:00Z"));
        assertThat(read.rows()).extracting(Row::sourceKey).containsExactly("key:17", "key:18");
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.field()).isEqualTo("occurredAt");
        });
    }

    @Test
    void aMapNamingAColumnTheHeaderLacksOrAnUnknownFieldAndAHeaderWithoutNamesAreRefused() {
        assertThatThrownBy(() -> MappedCsvContacts.read(new StringReader("Name,Mail\nJane,j@example.org\n"),
                                                        MappedCsvContacts.mapping("displayName:Full Name")))
                .isInstanceOf(Unreadable.class).hasMessageContaining("'Full Name'");
        assertThatThrownBy(() -> MappedCsvContacts.mapping("nickname:Name"))
                .isInstanceOf(Unreadable.class).hasMessageContaining("'nickname'");
        assertThatThrownBy(() -> MappedCsvContacts.mapping("displayName"))
                .isInstanceOf(Unreadable.class).hasMessageContaining("field:Column");
        assertThatThrownBy(() -> MappedCsvContacts.read(new StringReader("Mail\nj@example.org\n"),
                                                        MappedCsvContacts.mapping("")))
                .isInstanceOf(Unreadable.class).hasMessageContaining("map displayName");
    }

    @Test
    void aSecondRowForThePersonOfAnEarlierOneIsSkippedNamingIt() throws IOException {
        ContactFile read = MappedCsvContacts.read(new StringReader("""
                displayName,email
                Jane Doe,jane@example.org
                Jane D.,JANE@example.org
                """), MappedCsvContacts.mapping(null));

        assertThat(read.rows()).hasSize(1);
        assertThat(read.skipped()).containsExactly(new Skipped(3, "the same person as line 2"));
    }

    @Test
    void whatReadingTheFileThrowsIsThrownAsItWas() {
        assertThatThrownBy(() -> MappedCsvContacts.read(LinkedInConnectionsTest.breakingOffAfter(
                "displayName\nJane Doe\nBo"), MappedCsvContacts.mapping(null)))
                .isExactlyInstanceOf(IOException.class).hasMessage("cut short");
    }

    @Test
    void bytesThatAreNotUtf8OrAreBinaryAreNoTextFile() {
        byte[] latin1 = "displayName\nJos\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> MappedCsvContacts.read(ContactFile.text(new java.io.ByteArrayInputStream(latin1)),
                                                        MappedCsvContacts.mapping(null)))
                .isInstanceOf(Unreadable.class).hasMessageContaining("not UTF-8");
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThatThrownBy(() -> MappedCsvContacts.read(ContactFile.text(new java.io.ByteArrayInputStream(binary)),
                                                        MappedCsvContacts.mapping(null)))
                .isInstanceOf(Unreadable.class).hasMessageContaining("binary");
    }
}
