package goodwill.command.contact;

import goodwill.command.Ids;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Change (or correct) some of a contact's details. Every value that is null stays as it is.
 *
 * @param tags       the contact's tags from now on, or null
 * @param occurredAt when the change happened; null for "now"
 */
public record ChangeContactDetails(String ledgerId,
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
}
