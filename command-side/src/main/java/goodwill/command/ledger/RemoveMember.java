package goodwill.command.ledger;

import goodwill.command.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take the member's access to the ledger away. */
public record RemoveMember(String ledgerId, String username) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.ledger(ledgerId);
    }
}
