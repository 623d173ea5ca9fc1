package goodwill.query.contacts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.query.LedgerDocuments;
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
        // This index serves listing a ledger's contacts.
        LedgerDocuments.index(contacts);
    }
}
