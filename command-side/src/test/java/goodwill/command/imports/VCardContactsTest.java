package goodwill.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import goodwill.command.imports.ContactFile.Row;
import goodwill.command.imports.ContactFile.Skipped;
import goodwill.command.imports.ContactFile.Unreadable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Address books' vCards read as phones, Google and Apple export them, from fixtures made for these tests. */
class VCardContactsTest {

    private static ContactFile fixture(String name) throws IOException {
        try (Reader file = ContactFile.text(VCardContactsTest.class.getResourceAsStream("/imports/" + name))) {
            return VCardContacts.read(file);
        }
    }

    @Test
    void aVersion3CardsGroupedPropertiesQuotedPrintableAndFoldedLinesAreReadAndACardWithoutANameIsSkipped()
            throws IOException {
        ContactFile read = fixture("vcards-3.vcf");

        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(Row::displayName)
                               .containsExactly("Jane Doe",
                                                "Ravi Kumar with a name long enough that the phone folds the line");
        Row jane = read.rows().get(0);
        assertThat(jane.line()).as("the line the card begins on").isEqualTo(1);
        assertThat(jane.email()).as("the preferred of two, grouped as item1").isEqualTo("jane@example.org");
        assertThat(jane.organization()).isEqualTo("Acme Robotics, Research");
        assertThat(jane.role()).isEqualTo("Staff Engineer");
        assertThat(jane.tags()).containsExactly("mentor", "robotics");
        assertThat(jane.note()).isEqualTo("Met at the café on the corner\r\nafter the talk");
        assertThat(jane.sourceKey()).as("no UID: the email").isEqualTo("email:jane@example.org");
        assertThat(jane.phone()).isEqualTo("+1 555 0100");
        assertThat(jane.url()).isEqualTo("https://example.org/jane");
        assertThat(read.skipped()).containsExactly(new Skipped(21, "no name: the vCard has neither FN nor N"));
    }

    @Test
    void aVersion4CardsUidIsItsSourceKeyItsPreferredEmailItsEmailAndNWithoutFnItsName() throws IOException {
        ContactFile read = fixture("vcards-4.vcf");

        assertThat(read.rows()).extracting(Row::displayName).containsExactly("Li Wei", "Dr. Ben Okafor");
        Row li = read.rows().get(0);
        assertThat(li.sourceKey()).isEqualTo("uid:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
        assertThat(li.email()).isEqualTo("li@example.org");
        assertThat(li.role()).as("ROLE, when there is no TITLE").isEqualTo("Advisor");
        assertThat(li.tags()).isEqualTo(List.of("investor"));
        assertThat(read.rows().get(1).line()).isEqualTo(12);
    }

    @Test
    void aFileWithoutCardsIsNoVCardFileAndACardCutShortIsAProblem() throws IOException {
        assertThatThrownBy(() -> VCardContacts.read(new StringReader("First Name,Last Name\nJane,Doe\n")))
                .isInstanceOf(Unreadable.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> VCardContacts.read(new StringReader(""))).isInstanceOf(Unreadable.class);

        ContactFile cut = VCardContacts.read(new StringReader("BEGIN:VCARD\nVERSION:4.0\nFN:Jane Doe\n"));
        assertThat(cut.rows()).isEmpty();
        assertThat(cut.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("no END:VCARD");
        });
    }
}
