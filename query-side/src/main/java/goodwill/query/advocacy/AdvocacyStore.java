package goodwill.query.advocacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
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
        // Every write and single read is by _id; this index serves ranking a ledger's contacts on real MongoDB.
        contacts.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
    }
}
