package goodwill.query.reports;

import goodwill.query.FoldParity;
import goodwill.query.ReadModelCollections;
import goodwill.storage.EventJson;
import java.util.Set;

class LedgerHistoryParityTest extends FoldParity {

    LedgerHistoryParityTest() {
        super(database -> new LedgerHistoryProjection(database, EventJson.serializer(EventJson.mapper())));
    }

    /** An event goes to the chunk its ledger's count of events says. */
    @Override
    protected Set<String> lookedUpByStoredKeys() {
        return Set.of(ReadModelCollections.HISTORY_CHUNKS);
    }
}
