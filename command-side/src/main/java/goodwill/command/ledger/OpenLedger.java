package goodwill.command.ledger;

import goodwill.command.Ids;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a ledger owned by {@code ownerName}. Opening it again with the same owner name is answered as the
 * first time, with the same me.
 */
public record OpenLedger(String ledgerId, String ownerName) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.ledger(ledgerId);
    }
}
