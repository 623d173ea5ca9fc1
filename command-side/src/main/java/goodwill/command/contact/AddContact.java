package goodwill.command.contact;

import goodwill.command.Ids;
import goodwill.events.ContactAdded;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add a person to a ledger's contacts.
 *
 * @param occurredAt when the person entered the network; null for "now"
 */
public record AddContact(String ledgerId,
                         String contactId,
                         String displayName,
                         String organization,
                         String role,
                         String email,
                         List<String> tags,
                         String howWeMet,
                         Instant occurredAt,
                         String phone,
                         String url) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.contact(ledgerId, contactId);
    }

    ContactAdded toEvent(Instant occurredAt) {
        return new ContactAdded(ledgerId, contactId, displayName, organization, role, email, tags, howWeMet,
                                occurredAt, phone, url);
    }
}
