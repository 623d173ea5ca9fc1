package goodwill.command.contact;

import goodwill.command.Ids;
import goodwill.events.ContactsMerged;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Merge a contact into another that is the same person: sent to the merged contact, which records it.
 *
 * @param contactId     the contact merged away
 * @param intoContactId the live contact that survives
 * @param occurredAt    when; null for "now"
 */
public record MergeContact(String ledgerId, String contactId, String intoContactId, Instant occurredAt) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.contact(ledgerId, contactId);
    }

    ContactsMerged toEvent(Instant occurredAt) {
        return new ContactsMerged(ledgerId, intoContactId, contactId, occurredAt);
    }
}
