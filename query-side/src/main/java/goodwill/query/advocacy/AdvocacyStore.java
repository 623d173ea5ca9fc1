package goodwill.query.advocacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.query.LedgerDocuments;
import goodwill.query.ReadModelCollections;
import goodwill.storage.WriteConcerns;
import org.springframework.stereotype.Component;

/** The advocacy read model's collections, typed, with their indexes made sure of at startup. */
@Component
class AdvocacyStore {

    final MongoCollection<AdvocacyLedger> ledgers;
    final MongoCollection<StoredAdvocate> contacts;
    final MongoCollection<StoredSource> sources;

    AdvocacyStore(MongoDatabase database) {
        database = WriteConcerns.derived(database);
        this.ledgers = database.getCollection(ReadModelCollections.ADVOCACY_LEDGERS, AdvocacyLedger.class);
        this.contacts = database.getCollection(ReadModelCollections.ADVOCACY_CONTACTS, StoredAdvocate.class);
        this.sources = database.getCollection(ReadModelCollections.ADVOCACY_SOURCES, StoredSource.class);
        // This index serves ranking a ledger's contacts.
        LedgerDocuments.index(contacts);
    }
}
