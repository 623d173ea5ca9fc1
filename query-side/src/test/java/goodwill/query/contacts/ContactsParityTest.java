package goodwill.query.contacts;

import goodwill.query.FoldParity;
import goodwill.query.ReadModelCollections;
import java.util.Set;

class ContactsParityTest extends FoldParity {

    ContactsParityTest() {
        super(ContactsProjection::new);
    }

    /** A contact is found by its survivor, and its latest touches by the pages its ledger's count says. */
    @Override
    protected Set<String> lookedUpByStoredKeys() {
        return Set.of(ReadModelCollections.CONTACTS, ReadModelCollections.CONTACTS_TOUCHES);
    }
}
