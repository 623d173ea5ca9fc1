package goodwill.query.contacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import goodwill.query.ReadModelCollections;
import goodwill.storage.WriteConcerns;
import org.springframework.stereotype.Component;

/** The contacts directory's collections that queries read, typed, with their indexes made sure of at startup. */
@Component
class ContactsStore {

    final MongoCollection<ContactsLedger> ledgers;
    final MongoCollection<StoredContact> contacts;

    ContactsStore(MongoDatabase database) {
        database = WriteConcerns.derived(database);
        this.ledgers = database.getCollection(ReadModelCollections.CONTACTS_LEDGERS, ContactsLedger.class);
        this.contacts = database.getCollection(ReadModelCollections.CONTACTS, StoredContact.class);
        // Every write and single read is by _id; this index serves listing a ledger's contacts on real MongoDB.
        contacts.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
    }
}
