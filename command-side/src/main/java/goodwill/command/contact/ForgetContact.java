package goodwill.command.contact;

import goodwill.command.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Forget a person: record that they were forgotten, so that their data key is destroyed and nothing of what they
 * were is readable again.
 *
 * @param reason why, in the owner's words, which stay readable: never their name or email
 */
public record ForgetContact(String ledgerId, String contactId, String reason) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.contact(ledgerId, contactId);
    }
}
