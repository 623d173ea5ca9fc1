package goodwill.query.contacts;

import static com.mongodb.client.model.Filters.eq;

import goodwill.query.LedgerDocuments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Answers directory queries from the read model, as far as the projection has caught up. */
@Component
class ContactsQueries {

    /** Case-insensitively by display name, then by id, so that the order is the same on every request. */
    static final Comparator<ContactView> BY_NAME = Comparator
            .comparing((ContactView contact) -> contact.displayName() == null ? "" : contact.displayName(),
                       String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ContactView::contactId);

    private final ContactsStore store;

    ContactsQueries(ContactsStore store) {
        this.store = store;
    }

    /** A scan of the collection on the embedded server, an index walk on real MongoDB; fine at a ledger's size. */
    ContactsView answer(FindContacts query) {
        ContactsLedger ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        List<ContactView> contacts = new ArrayList<>();
        for (StoredContact stored : store.contacts.find(eq("ledgerId", query.ledgerId()))) {
            ListedContact contact = stored.contact();
            boolean listed = contact.mergedInto() != null ? query.includeMerged()
                    : !contact.archived() || query.includeArchived();
            if (listed && (contact.forgottenAt() == null || query.includeForgotten())) {
                contacts.add(ContactView.of(contact));
            }
        }
        contacts.sort(BY_NAME);
        return new ContactsView(ledger.ledgerId(), ledger.meId(), contacts);
    }
}
