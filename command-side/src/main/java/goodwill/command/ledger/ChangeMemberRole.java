package goodwill.command.ledger;

import goodwill.command.Ids;
import goodwill.events.MemberRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change the role of a member of the ledger. */
public record ChangeMemberRole(String ledgerId, String username, MemberRole role) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.ledger(ledgerId);
    }
}
