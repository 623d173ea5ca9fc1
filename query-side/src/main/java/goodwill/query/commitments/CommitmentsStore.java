package goodwill.query.commitments;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.query.LedgerDocuments;
import goodwill.query.ReadModelCollections;
import goodwill.storage.WriteConcerns;
import org.springframework.stereotype.Component;

/** The commitments read model's collections, typed, with their indexes made sure of at startup. */
@Component
class CommitmentsStore {

    final MongoCollection<CommitmentsLedger> ledgers;
    final MongoCollection<StoredCommitment> commitments;

    CommitmentsStore(MongoDatabase database) {
        database = WriteConcerns.derived(database);
        this.ledgers = database.getCollection(ReadModelCollections.COMMITMENTS_LEDGERS, CommitmentsLedger.class);
        this.commitments = database.getCollection(ReadModelCollections.COMMITMENTS, StoredCommitment.class);
        // This index serves listing a ledger's commitments.
        LedgerDocuments.index(commitments);
    }
}
