package goodwill.query.reciprocity;

import static com.mongodb.client.model.Filters.eq;

import goodwill.query.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.queryhandling.QueryHandler;
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
    @QueryHandler
    BalanceView handle(FindBalance query) {
        LedgerMe ledger = requireLedger(query.ledgerId());
        StoredBalance stored = store.balances.find(eq("_id", StoredBalance.key(query.ledgerId(), query.contactId()))).first();
        if (stored == null) {
            throw NotFoundException.unknownContact(query.ledgerId(), query.contactId());
        }
        return BalanceView.of(stored.balance(), ledger.mergedInto().get(query.contactId()), query.asOf());
    }

    @QueryHandler
    LedgerBalancesView handle(FindBalances query) {
        LedgerMe ledger = requireLedger(query.ledgerId());
        List<BalanceView> balances = new ArrayList<>(views(listed(ledger), query.asOf()));
        balances.sort(Comparator.comparing(BalanceView::contactId));
        return new LedgerBalancesView(query.ledgerId(), ledger.meId(), balances);
    }

    @QueryHandler
    BalanceListView handle(FindOwedToMe query) {
        LedgerMe ledger = requireLedger(query.ledgerId());
        return balanceList(ledger, ReciprocityLists.owedToMe(listed(ledger)), query.asOf());
    }

    @QueryHandler
    BalanceListView handle(FindIOwe query) {
        LedgerMe ledger = requireLedger(query.ledgerId());
        return balanceList(ledger, ReciprocityLists.iOwe(listed(ledger)), query.asOf());
    }

    @QueryHandler
    EmptyAccountsView handle(FindEmptyAccounts query) {
        LedgerMe ledger = requireLedger(query.ledgerId());
        return new EmptyAccountsView(ledger.ledgerId(), ledger.meId(), byName(ledger, ReciprocityLists::emptyAccount));
    }

    @QueryHandler
    DontInvestView handle(FindDontInvest query) {
        LedgerMe ledger = requireLedger(query.ledgerId());
        return new DontInvestView(ledger.ledgerId(), ledger.meId(), byName(ledger, ReciprocityLists::dontInvest));
    }

    private static BalanceListView balanceList(LedgerMe ledger, List<ReciprocityBalance> balances, Instant asOf) {
        return new BalanceListView(ledger.ledgerId(), ledger.meId(), asOf,
                                   views(balances, asOf).stream().map(BalanceRow::of).toList());
    }

    private static List<BalanceView> views(List<ReciprocityBalance> balances, Instant asOf) {
        return balances.stream().map(balance -> BalanceView.of(balance, null, asOf)).toList();
    }

    private <T> List<T> byName(LedgerMe ledger, Function<ReciprocityBalance, Optional<T>> entry) {
        return listed(ledger).stream().sorted(ReciprocityLists.BY_NAME).map(entry).flatMap(Optional::stream).toList();
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

    private LedgerMe requireLedger(String ledgerId) {
        LedgerMe ledger = store.ledgers.find(eq("_id", ledgerId)).first();
        if (ledger == null) {
            throw NotFoundException.unknownLedger(ledgerId);
        }
        return ledger;
    }
}
