package goodwill.command.ledger;

import goodwill.command.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a ledger owned by {@code ownerName}, with the account {@code ownerUsername} as its first owner. Opening it
 * again by the same account with the same owner name is answered as the first time, with the same me.
 */
public record OpenLedger(String ledgerId, String ownerName, String ownerUsername) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.ledger(ledgerId);
    }
}
