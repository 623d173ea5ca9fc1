package goodwill.query.advocacy;

import goodwill.events.LedgerEvent;
import goodwill.query.InMemoryDocumentStore;
import goodwill.query.ReadModelCollections;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ledger's advocacy documents as {@link AdvocacyFold} leaves them, whether folded from a history in memory or
 * read from the projection's collections: the two are equal for the same history. What a report ranks on a date.
 *
 * @param ledger   who me is and the merges, or null when the history holds no opening
 * @param contacts every contact added, merged ones included with no facts, by contact id, in the order they came
 */
public record LedgerAdvocacy(AdvocacyLedger ledger, Map<String, ContactFacts> contacts) {

    public LedgerAdvocacy {
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
    }

    /**
     * The advocacy of the ledger opened first in a history (events of other ledgers and before its opening are
     * passed over), or of none when the history holds no opening.
     */
    public static LedgerAdvocacy fold(List<? extends LedgerEvent> history) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        new AdvocacyFold(store).applyEvents(history);
        List<AdvocacyLedger> ledgers = store.all(ReadModelCollections.ADVOCACY_LEDGERS, AdvocacyLedger.class);
        if (ledgers.isEmpty()) {
            return new LedgerAdvocacy(null, Map.of());
        }
        return of(ledgers.get(0), store.all(ReadModelCollections.ADVOCACY_CONTACTS, StoredAdvocate.class));
    }

    /** The ledger's advocacy from its document and stored contacts; contacts of other ledgers are passed over. */
    static LedgerAdvocacy of(AdvocacyLedger ledger, Iterable<StoredAdvocate> stored) {
        Map<String, ContactFacts> contacts = new LinkedHashMap<>();
        for (StoredAdvocate advocate : stored) {
            if (advocate.ledgerId().equals(ledger.ledgerId())) {
                contacts.put(advocate.contact().contactId(), advocate.contact());
            }
        }
        return new LedgerAdvocacy(ledger, contacts);
    }
}
