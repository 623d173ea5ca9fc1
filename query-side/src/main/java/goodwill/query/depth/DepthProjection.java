package goodwill.query.depth;

import goodwill.events.LedgerEvent;
import goodwill.query.facts.FactsFold;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the breadth and depth read model: the facts the report is computed from when read (people, merges,
 * favors, meetings and introductions as corrected), folded by {@link FactsFold} and written at the end of the
 * batch. Nothing depending on the time of reading is stored. Replaying it from the start rebuilds the model.
 */
@Component
@ProcessingGroup(DepthProjection.PROCESSING_GROUP)
class DepthProjection {

    static final String PROCESSING_GROUP = "depth";

    private final DepthStore store;
    private final FactsFold fold;

    DepthProjection(DepthStore store) {
        this.store = store;
        this.fold = store.facts.fold();
    }

    @EventHandler
    void on(LedgerEvent event) {
        fold.apply(event);
    }

    @ResetHandler
    void reset() {
        store.facts.clear();
    }
}
