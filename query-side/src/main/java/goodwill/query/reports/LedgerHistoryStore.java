package goodwill.query.reports;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.query.ReadModelCollections;
import goodwill.storage.WriteConcerns;
import org.springframework.stereotype.Component;

/** The ledger history's collections, typed; every read and write is by {@code _id}, so no other index. */
@Component
class LedgerHistoryStore {

    final MongoCollection<HistoryLedger> ledgers;
    final MongoCollection<HistoryChunk> chunks;

    LedgerHistoryStore(MongoDatabase database) {
        MongoDatabase derived = WriteConcerns.derived(database);
        this.ledgers = derived.getCollection(ReadModelCollections.HISTORY_LEDGERS, HistoryLedger.class);
        this.chunks = derived.getCollection(ReadModelCollections.HISTORY_CHUNKS, HistoryChunk.class);
    }
}
