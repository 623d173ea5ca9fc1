package goodwill.events;

import java.time.Instant;
import java.util.List;

/**
 * Some of a contact's details changed (or were corrected). Every value that is null is left as it was.
 *
 * @param tags       the contact's tags from now on, replacing the earlier ones, or null
 * @param occurredAt when the change happened (defaults to the time of recording)
 */
public record ContactDetailsChanged(String ledgerId,
                                    String contactId,
                                    String displayName,
                                    String organization,
                                    String role,
                                    String email,
                                    List<String> tags,
                                    String howWeMet,
                                    Instant occurredAt) implements LedgerEvent {

    public ContactDetailsChanged {
        tags = tags == null ? null : List.copyOf(tags);
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
                                contact.occurredAt());
    }
}
