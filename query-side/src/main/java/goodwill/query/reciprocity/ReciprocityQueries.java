package goodwill.query.reciprocity;

import static com.mongodb.client.model.Filters.eq;

import goodwill.query.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers reciprocity queries from the read model, as far as the projection has caught up. */
@Component
class ReciprocityQueries {

    private final ReciprocityStore store;

    ReciprocityQueries(ReciprocityStore store) {
        this.store = store;
    }

    @QueryHandler
    BalanceView handle(FindBalance query) {
        requireLedger(query.ledgerId());
        StoredBalance stored = store.balances.find(eq("_id", StoredBalance.key(query.ledgerId(), query.contactId()))).first();
        if (stored == null) {
            throw NotFoundException.unknownContact(query.ledgerId(), query.contactId());
        }
        return BalanceView.of(stored.balance());
    }

    /** A scan of the collection on the embedded server, an index walk on real MongoDB; fine at a ledger's size. */
    @QueryHandler
    LedgerBalancesView handle(FindBalances query) {
        LedgerMe ledger = requireLedger(query.ledgerId());
        List<BalanceView> balances = new ArrayList<>();
        for (StoredBalance stored : store.balances.find(eq("ledgerId", query.ledgerId()))) {
            balances.add(BalanceView.of(stored.balance()));
        }
        balances.sort(Comparator.comparing(BalanceView::contactId));
        return new LedgerBalancesView(query.ledgerId(), ledger.meId(), balances);
    }

    private LedgerMe requireLedger(String ledgerId) {
        LedgerMe ledger = store.ledgers.find(eq("_id", ledgerId)).first();
        if (ledger == null) {
            throw NotFoundException.unknownLedger(ledgerId);
        }
        return ledger;
    }
}
