package goodwill.query.depth;

import goodwill.query.NotFoundException;
import goodwill.query.facts.LedgerFacts;
import org.springframework.stereotype.Component;

/** Answers depth queries from the read model, as far as the projection has caught up. */
@Component
class DepthQueries {

    private final DepthStore store;

    DepthQueries(DepthStore store) {
        this.store = store;
    }

    DepthView answer(FindDepth query) {
        LedgerFacts facts = store.facts.load(query.ledgerId())
                                       .orElseThrow(() -> NotFoundException.unknownLedger(query.ledgerId()));
        return DepthFold.report(facts, query.asOf(), query.depth());
    }
}
