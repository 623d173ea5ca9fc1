package goodwill.query.facts;

import goodwill.events.LedgerEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * A projection that keeps a read model's own copy of the ledgers' facts: every ledger event folded by
 * {@link FactsFold}, written at the end of the processor's batch. A subclass names its processing group; its
 * views are computed from the facts when read. Replaying it from the start rebuilds the facts.
 */
public abstract class FactsProjection {

    private final FactCollections facts;
    private final FactsFold fold;

    protected FactsProjection(FactCollections facts) {
        this.facts = facts;
        this.fold = facts.fold();
    }

    @EventHandler
    public void on(LedgerEvent event) {
        fold.apply(event);
    }

    @ResetHandler
    public void reset() {
        facts.clear();
    }
}
