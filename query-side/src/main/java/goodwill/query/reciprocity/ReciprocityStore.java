package goodwill.query.reciprocity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.query.LedgerDocuments;
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
        // This index serves listing a ledger's balances.
        LedgerDocuments.index(balances);
    }
}
