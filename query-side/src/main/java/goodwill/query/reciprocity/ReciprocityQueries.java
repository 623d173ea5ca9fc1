package goodwill.query.reciprocity;

import static com.mongodb.client.model.Filters.eq;

import goodwill.query.LedgerDocuments;
import goodwill.query.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Answers reciprocity queries from the read model, as far as the projection has caught up. The lists are
 * {@link ReciprocityLists}' over the balances of the contacts that count: a merged contact is never listed.
 */
@Component
class ReciprocityQueries {

    private final ReciprocityStore store;

    ReciprocityQueries(ReciprocityStore store) {
        this.store = store;
    }

    /** A merged contact answers with its own, empty, balance, and says whose balance holds its history now. */
    BalanceView answer(FindBalance query) {
        LedgerMe ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        StoredBalance stored = store.balances.find(eq("_id", StoredBalance.key(query.ledgerId(), query.contactId()))).first();
        if (stored == null) {
            throw NotFoundException.unknownContact(query.ledgerId(), query.contactId());
        }
        return BalanceView.of(stored.balance(), ledger.mergedInto().get(query.contactId()), query.asOf());
    }

    LedgerBalancesView answer(FindBalances query) {
        LedgerMe ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        return ReciprocityViews.balances(ledger, listed(ledger), query.asOf());
    }

    BalanceListView answer(FindOwedToMe query) {
        LedgerMe ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        return ReciprocityViews.owedToMe(ledger, listed(ledger), query.asOf());
    }

    BalanceListView answer(FindIOwe query) {
        LedgerMe ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        return ReciprocityViews.iOwe(ledger, listed(ledger), query.asOf());
    }

    EmptyAccountsView answer(FindEmptyAccounts query) {
        LedgerMe ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        return ReciprocityViews.emptyAccounts(ledger, listed(ledger));
    }

    DontInvestView answer(FindDontInvest query) {
        LedgerMe ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        return ReciprocityViews.dontInvest(ledger, listed(ledger));
    }

    /** A scan of the collection on the embedded server, an index walk on real MongoDB; fine at a ledger's size. */
    private List<ReciprocityBalance> listed(LedgerMe ledger) {
        List<ReciprocityBalance> balances = new ArrayList<>();
        for (StoredBalance stored : store.balances.find(eq("ledgerId", ledger.ledgerId()))) {
            if (!ledger.mergedInto().containsKey(stored.balance().contactId())) {
                balances.add(stored.balance());
            }
        }
        return balances;
    }
}
