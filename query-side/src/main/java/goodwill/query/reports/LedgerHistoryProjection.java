package goodwill.query.reports;

import com.mongodb.client.MongoDatabase;
import goodwill.query.FoldProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.stereotype.Component;

/** Keeps the reports' copy of every ledger's history: every event folded by {@link HistoryFold}. */
@Component
@ProcessingGroup(LedgerHistoryProjection.PROCESSING_GROUP)
class LedgerHistoryProjection extends FoldProjection {

    static final String PROCESSING_GROUP = "ledger-history";

    LedgerHistoryProjection(MongoDatabase database, JacksonSerializer serializer) {
        super(database, store -> new HistoryFold(store, serializer.getObjectMapper()));
    }
}
