package goodwill.query.commitments;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
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
        // Every write and single read is by _id; this index serves listing a ledger's commitments on real MongoDB.
        commitments.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
    }
}
