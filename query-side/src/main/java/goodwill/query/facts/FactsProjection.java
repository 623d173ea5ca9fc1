package goodwill.query.facts;

import com.mongodb.client.MongoDatabase;
import goodwill.query.FoldProjection;

/**
 * A projection that keeps a read model's own copy of the ledgers' facts: every ledger event folded by
 * {@link FactsFold}, written at the end of the processor's batch. A subclass names its processing group; its
 * views are computed from the facts when read. Replaying it from the start rebuilds the facts.
 */
public abstract class FactsProjection extends FoldProjection {

    protected FactsProjection(MongoDatabase database, FactCollections facts) {
        super(database, facts::foldOver);
    }
}
