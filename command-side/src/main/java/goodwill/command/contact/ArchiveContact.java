package goodwill.command.contact;

import goodwill.command.Ids;
import goodwill.events.ContactArchived;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stop a contact being a live contact of the ledger.
 *
 * @param reason     why, or null
 * @param occurredAt when; null for "now"
 */
public record ArchiveContact(String ledgerId, String contactId, String reason, Instant occurredAt) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.contact(ledgerId, contactId);
    }

    ContactArchived toEvent(Instant occurredAt) {
        return new ContactArchived(ledgerId, contactId, reason, occurredAt);
    }
}
