package goodwill.command.ledger;

import goodwill.command.Ids;
import goodwill.events.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give the account access to the ledger, with the role. */
public record AddMember(String ledgerId, String username, MemberRole role) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.ledger(ledgerId);
    }
}
