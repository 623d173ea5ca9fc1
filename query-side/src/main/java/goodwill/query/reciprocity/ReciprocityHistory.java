package goodwill.query.reciprocity;

import static goodwill.query.ReadModelCollections.RECIPROCITY_BALANCES;
import static goodwill.query.ReadModelCollections.RECIPROCITY_LEDGERS;

import goodwill.events.LedgerEvent;
import goodwill.query.InMemoryDocumentStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ledger's reciprocity as {@link ReciprocityFold} left its documents in memory: what a report reads at a date,
 * and what a test checks the projection against. Read from the documents, never folded here.
 *
 * @param ledger   who me is and the merges; null when the history did not open the ledger
 * @param balances me's balance with every contact by contact id, in the order contacts were added (a merged
 *                 contact keeps a balance of nothing)
 */
public record ReciprocityHistory(LedgerMe ledger, Map<String, ReciprocityBalance> balances) {

    /** The ledger's reciprocity after {@code history}, folded in memory; events of other ledgers are passed over. */
    public static ReciprocityHistory folded(String ledgerId, List<? extends LedgerEvent> history) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        new ReciprocityFold(store).applyEvents(history);
        return of(store, ledgerId);
    }

    /** The ledger's reciprocity as the fold left it in {@code store}. */
    public static ReciprocityHistory of(InMemoryDocumentStore store, String ledgerId) {
        Map<String, ReciprocityBalance> balances = new LinkedHashMap<>();
        for (StoredBalance stored : store.all(RECIPROCITY_BALANCES, StoredBalance.class)) {
            if (stored.ledgerId().equals(ledgerId)) {
                balances.put(stored.balance().contactId(), stored.balance());
            }
        }
        return new ReciprocityHistory(store.byId(RECIPROCITY_LEDGERS, LedgerMe.class).get(ledgerId), balances);
    }

    /** The balances of the contacts that count: every one not merged into another. */
    public List<ReciprocityBalance> listed() {
        return balances.values().stream()
                       .filter(balance -> !ledger.mergedInto().containsKey(balance.contactId()))
                       .toList();
    }
}
