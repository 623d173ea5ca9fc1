package goodwill.command.imports;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.Role;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import goodwill.command.imports.ContactFile.Row;
import goodwill.command.imports.ContactFile.Unreadable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An address book's vCards (3.0 and 4.0, RFC 6350, as phones, Google and Apple export them), each read by ez-vcard:
 * folded lines, quoted-printable values and grouped {@code itemN.} properties are the library's work. The file is
 * only cut into its cards here, so that each is read on its own and named by the line it begins on.
 * <p>
 * FN (or N) is the name, the preferred EMAIL the email, the preferred TEL the phone, the first URL the web address,
 * ORG the organization, TITLE (or ROLE) the role, CATEGORIES the tags and NOTE the note; the source key is the UID, or else the email, or else the name.
 */
public final class VCardContacts {

    private static final String BEGIN = "BEGIN:VCARD";
    private static final String END = "END:VCARD";

    private VCardContacts() {
    }

    /** Reads every card of the file, as {@link ContactFile#text} gives it; a file without one is {@link Unreadable}. */
    public static ContactFile read(Reader file) throws IOException {
        ContactFile.Builder read = new ContactFile.Builder();
        BufferedReader lines = new BufferedReader(file);
        StringBuilder card = null;
        long line = 0;
        long begun = 0;
        int cards = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            line++;
            if (card == null && text.strip().equalsIgnoreCase(BEGIN)) {
                card = new StringBuilder();
                begun = line;
            }
            if (card != null) {
                card.append(text).append("\r\n");
                if (text.strip().equalsIgnoreCase(END)) {
                    cards++;
                    card(card.toString(), begun, read);
                    card = null;
                }
            } else if (!text.isBlank() && cards == 0) {
                throw new Unreadable("This is not a vCard file: line " + line + " comes before any " + BEGIN + ".");
            }
        }
        if (card != null) {
            read.problem(begun, null, "the vCard that begins here has no " + END + ": the file is cut short");
        } else if (cards == 0) {
            throw new Unreadable("This is not a vCard file: it holds no " + BEGIN + ".");
        }
        return read.build();
    }

    private static void card(String text, long line, ContactFile.Builder read) {
        VCard card = Ezvcard.parse(text).first();
        if (card == null) {
            read.problem(line, null, "this vCard cannot be read");
            return;
        }
        String name = name(card);
        if (name == null) {
            read.skip(line, "no name: the vCard has neither FN nor N");
            return;
        }
        String email = first(card.getEmails().stream()
                                 .sorted(Comparator.comparing(e -> preference(e.getPref(), e.getTypes(), EmailType.PREF)))
                                 .map(Email::getValue));
        String phone = first(card.getTelephoneNumbers().stream()
                                 .sorted(Comparator.comparing(t -> preference(t.getPref(), t.getTypes(),
                                                                              TelephoneType.PREF)))
                                 .map(VCardContacts::number));
        String organization = card.getOrganization() == null ? null
                : present(String.join(", ", card.getOrganization().getValues()));
        String role = first(Stream.concat(card.getTitles().stream().map(Title::getValue),
                                          card.getRoles().stream().map(Role::getValue)));
        List<String> tags = card.getCategoriesList().stream().map(Categories::getValues).flatMap(List::stream)
                                .map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
        String note = present(card.getNotes().stream().map(Note::getValue).map(VCardContacts::present)
                                  .filter(Objects::nonNull).collect(Collectors.joining("\n\n")));
        String uid = card.getUid() == null ? null : present(card.getUid().getValue());
        read.add(new Row(line, ContactFile.sourceKey("uid", uid, email, name, organization), name, organization, role,
                         email, tags, note, null, phone, first(card.getUrls().stream().map(Url::getValue))));
    }

    private static String name(VCard card) {
        if (card.getFormattedName() != null && present(card.getFormattedName().getValue()) != null) {
            return card.getFormattedName().getValue().strip();
        }
        StructuredName structured = card.getStructuredName();
        if (structured == null) {
            return null;
        }
        return present(Stream.concat(structured.getPrefixes().stream(),
                                     Stream.of(structured.getGiven(), structured.getFamily()))
                             .filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                             .collect(Collectors.joining(" ")));
    }

    /** The first value given, blanks passed over; null when there is none. */
    private static String first(Stream<String> values) {
        return values.map(VCardContacts::present).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The order of preference of an email or a number: PREF=1 first in 4.0, TYPE=pref in 3.0, then the rest. */
    private static int preference(Integer pref, List<?> types, Object preferred) {
        return pref != null ? pref : types.contains(preferred) ? 1 : 101;
    }

    /** The number as written (3.0), or of its {@code tel:} URI (4.0). */
    private static String number(Telephone telephone) {
        return telephone.getText() != null ? telephone.getText()
                : telephone.getUri() == null ? null : telephone.getUri().getNumber();
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
