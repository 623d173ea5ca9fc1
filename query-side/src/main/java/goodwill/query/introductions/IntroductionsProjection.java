package goodwill.query.introductions;

import goodwill.events.LedgerEvent;
import goodwill.query.facts.FactsFold;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the introductions read model: the facts its views are computed from (people and their names, merges,
 * introductions with their outcomes, and the favors and meetings that passed afterwards), folded by
 * {@link FactsFold} and written at the end of the batch. Replaying it from the start rebuilds the model.
 */
@Component
@ProcessingGroup(IntroductionsProjection.PROCESSING_GROUP)
class IntroductionsProjection {

    static final String PROCESSING_GROUP = "introductions";

    private final IntroductionsStore store;
    private final FactsFold fold;

    IntroductionsProjection(IntroductionsStore store) {
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
