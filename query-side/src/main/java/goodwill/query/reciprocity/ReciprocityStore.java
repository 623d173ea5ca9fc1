package goodwill.query.reciprocity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import goodwill.query.ReadModelCollections;
import goodwill.storage.WriteConcerns;
import org.springframework.stereotype.Component;

/** The reciprocity read model's collections, typed, with their indexes made sure of at startup. */
@Component
class ReciprocityStore {

    final MongoCollection<LedgerMe> ledgers;
    final MongoCollection<StoredBalance> balances;
    final MongoCollection<StoredFavor> favors;
    final MongoCollection<StoredParties> parties;

    ReciprocityStore(MongoDatabase database) {
        database = WriteConcerns.derived(database);
        this.ledgers = database.getCollection(ReadModelCollections.RECIPROCITY_LEDGERS, LedgerMe.class);
        this.balances = database.getCollection(ReadModelCollections.RECIPROCITY_BALANCES, StoredBalance.class);
        this.favors = database.getCollection(ReadModelCollections.RECIPROCITY_FAVORS, StoredFavor.class);
        this.parties = database.getCollection(ReadModelCollections.RECIPROCITY_PARTIES, StoredParties.class);
        // Every write and single read is by _id; this index serves listing a ledger's balances on real MongoDB.
        balances.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
    }
}
