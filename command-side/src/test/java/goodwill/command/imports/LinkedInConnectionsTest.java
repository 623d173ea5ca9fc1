package goodwill.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import goodwill.command.imports.ContactFile.Problem;
import goodwill.command.imports.ContactFile.Row;
import goodwill.command.imports.ContactFile.Skipped;
import goodwill.command.imports.ContactFile.Unreadable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** LinkedIn's connections export read as LinkedIn writes it, from fixtures made for these tests (no real people). */
class LinkedInConnectionsTest {

    private static ContactFile fixture(String name) throws IOException {
        try (Reader file = ContactFile.text(LinkedInConnectionsTest.class.getResourceAsStream("/imports/" + name))) {
            return LinkedInConnections.read(file);
        }
    }

    @Test
    void theByteOrderMarkAndTheNotesPreambleAreSkippedAndEachConnectionIsReadFromItsRow() throws IOException {
        ContactFile read = fixture("linkedin-connections.csv");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(Row::displayName).containsExactly("Jane Doe", "Ravi Kumar",
                                                                                          "Li Wei");
        Row jane = read.rows().get(0);
        assertThat(jane.line()).isEqualTo(5);
        assertThat(jane.sourceKey()).isEqualTo("url:https://www.linkedin.com/in/jane-doe-test");
        assertThat(jane.email()).isEqualTo("jane@example.org");
        assertThat(jane.organization()).isEqualTo("Acme Robotics");
        assertThat(jane.role()).isEqualTo("Staff Engineer");
        assertThat(jane.occurredAt()).isEqualTo(Instant.parse("2021-03-05T00:00:00Z"));
        assertThat(jane.url()).as("the profile, kept as the contact's web address")
                              .isEqualTo("https://www.linkedin.com/in/jane-doe-test");
        Row ravi = read.rows().get(1);
        assertThat(ravi.email()).as("an empty email is normal").isNull();
        assertThat(ravi.organization()).isEqualTo("Widgets, Inc.");
        assertThat(ravi.role()).isEqualTo("Head of Sales, EMEA");
        assertThat(ravi.sourceKey()).as("scheme, host case and trailing slash normalised")
                                    .isEqualTo("url:https://www.linkedin.com/in/ravi-kumar-test");
        assertThat(read.rows().get(2).sourceKey()).isEqualTo("url:https://www.linkedin.com/in/li-wei-test");
        assertThat(read.skipped()).extracting(Skipped::line).containsExactly(7L);
        assertThat(read.skipped().get(0).reason()).startsWith("no name");
    }

    @Test
    void anOlderExportWithoutUrlsAndWithColumnsReorderedAndAddedIsReadByColumnName() throws IOException {
        ContactFile read = fixture("linkedin-older-without-url.csv");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(Row::displayName).containsExactly("Ben Okafor", "Ada Ng");
        Row ben = read.rows().get(0);
        assertThat(ben.sourceKey()).isEqualTo("email:ben@example.org");
        assertThat(ben.organization()).isEqualTo("Old Corp");
        assertThat(ben.role()).isEqualTo("CTO");
        assertThat(ben.occurredAt()).isEqualTo(Instant.parse("2016-02-02T00:00:00Z"));
        assertThat(read.rows().get(1).sourceKey()).as("no URL, no email: the name and company")
                                                         .isEqualTo("name:ada ng|new corp");
    }

    @Test
    void aRowWithAProblemNamesItsLineAndFieldAndIsNotAConnection() throws IOException {
        ContactFile read = fixture("linkedin-with-problems.csv");

        assertThat(read.rows()).as("an email is checked where every contact's details are, by the import")
                               .extracting(Row::displayName).containsExactly("Good Row", "Bad Email");
        assertThat(read.problems()).containsExactly(
                new Problem(3, "Connected On", "'2021-03-05' is not a day such as 05 Mar 2021"),
                new Problem(5, "URL", "'http://' is not a web address"));
    }

    @Test
    void whatReadingTheFileThrowsIsThrownAsItWas() {
        assertThatThrownBy(() -> LinkedInConnections.read(breakingOffAfter(
                "First Name,Last Name\nJane,Doe\nRavi,Ku")))
                .isExactlyInstanceOf(IOException.class).hasMessage("cut short");
    }

    /** A file that breaks off after its first characters, as a body past its limit does while it is read. */
    static Reader breakingOffAfter(String start) {
        return new Reader() {
            private final StringReader read = new StringReader(start);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = read.read(buffer, offset, length);
                if (n == -1) {
                    throw new IOException("cut short");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void aFileWithoutLinkedInsHeaderIsNotAConnectionsExport() {
        assertThatThrownBy(() -> LinkedInConnections.read(new StringReader("Name,E-mail\nJane,jane@example.org\n")))
                .isInstanceOf(Unreadable.class).hasMessageContaining("'First Name' and 'Last Name'");
        assertThatThrownBy(() -> LinkedInConnections.read(new StringReader(""))).isInstanceOf(Unreadable.class);
    }
}
