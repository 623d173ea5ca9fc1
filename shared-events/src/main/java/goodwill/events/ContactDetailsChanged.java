package goodwill.events;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * Some of a contact's details changed (or were corrected). Every value that is null is left as it was.
 *
 * @param tags       the contact's tags from now on, replacing the earlier ones, or null
 * @param occurredAt when the change happened (defaults to the time of recording)
 * @param phone      the telephone number from now on, or null
 * @param url        the web address from now on, or null
 */
@Revision("2")
public record ContactDetailsChanged(String ledgerId,
                                    String contactId,
                                    @PersonalDetail String displayName,
                                    @PersonalDetail String organization,
                                    @PersonalDetail String role,
                                    @PersonalDetail String email,
                                    @PersonalDetail List<String> tags,
                                    @PersonalDetail String howWeMet,
                                    Instant occurredAt,
                                    @PersonalDetail String phone,
                                    @PersonalDetail String url) implements LedgerEvent, AboutSomeone {

    public ContactDetailsChanged {
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** A change of neither the phone number nor the web address. */
    public ContactDetailsChanged(String ledgerId, String contactId, String displayName, String organization,
                                 String role, String email, List<String> tags, String howWeMet, Instant occurredAt) {
        this(ledgerId, contactId, displayName, organization, role, email, tags, howWeMet, occurredAt, null, null);
    }

    /** The contact's details as this change leaves them; the contact's id and time of entering the network stay. */
    public ContactAdded applyTo(ContactAdded contact) {
        return new ContactAdded(contact.ledgerId(), contact.contactId(),
                                displayName == null ? contact.displayName() : displayName,
                                organization == null ? contact.organization() : organization,
                                role == null ? contact.role() : role,
                                email == null ? contact.email() : email,
                                tags == null ? contact.tags() : tags,
                                howWeMet == null ? contact.howWeMet() : howWeMet,
                                contact.occurredAt(),
                                phone == null ? contact.phone() : phone,
                                url == null ? contact.url() : url);
    }

    /** Whose key seals its personal details. */
    @Override
    public String subjectId() {
        return contactId;
    }
}
