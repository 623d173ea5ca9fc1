package goodwill.query;

import goodwill.events.LedgerEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Hands all events of one ledger to the same segment, in order. A read model document is often changed by
 * events of several aggregates (a balance, by every favor between two people); Axon's default, per
 * aggregate, would let two segments read and rewrite the same document at once.
 */
public class LedgerSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return event.getPayload() instanceof LedgerEvent ledgerEvent
                ? ledgerEvent.ledgerId()
                : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
