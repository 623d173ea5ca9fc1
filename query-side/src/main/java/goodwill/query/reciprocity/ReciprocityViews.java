package goodwill.query.reciprocity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answers of the reciprocity endpoints, built from the balances of the contacts that count (merged ones left
 * out, see {@link ReciprocityHistory#listed}) and the moment asked: the live queries build them from stored
 * balances, a retrospective report from balances folded up to a date, so both answer alike for the same history.
 */
public final class ReciprocityViews {

    private ReciprocityViews() {
    }

    /** Every balance, by contact id. */
    public static LedgerBalancesView balances(LedgerMe ledger, Collection<ReciprocityBalance> listed, Instant asOf) {
        List<BalanceView> balances = new ArrayList<>(views(listed, asOf));
        balances.sort(Comparator.comparing(BalanceView::contactId));
        return new LedgerBalancesView(ledger.ledgerId(), ledger.meId(), balances);
    }

    public static BalanceListView owedToMe(LedgerMe ledger, Collection<ReciprocityBalance> listed, Instant asOf) {
        return balanceList(ledger, ReciprocityLists.owedToMe(listed), asOf);
    }

    public static BalanceListView iOwe(LedgerMe ledger, Collection<ReciprocityBalance> listed, Instant asOf) {
        return balanceList(ledger, ReciprocityLists.iOwe(listed), asOf);
    }

    public static EmptyAccountsView emptyAccounts(LedgerMe ledger, Collection<ReciprocityBalance> listed) {
        return new EmptyAccountsView(ledger.ledgerId(), ledger.meId(), byName(listed, ReciprocityLists::emptyAccount));
    }

    public static DontInvestView dontInvest(LedgerMe ledger, Collection<ReciprocityBalance> listed) {
        return new DontInvestView(ledger.ledgerId(), ledger.meId(), byName(listed, ReciprocityLists::dontInvest));
    }

    private static BalanceListView balanceList(LedgerMe ledger, List<ReciprocityBalance> balances, Instant asOf) {
        return new BalanceListView(ledger.ledgerId(), ledger.meId(), asOf,
                                   views(balances, asOf).stream().map(BalanceRow::of).toList());
    }

    private static List<BalanceView> views(Collection<ReciprocityBalance> balances, Instant asOf) {
        return balances.stream().map(balance -> BalanceView.of(balance, null, asOf)).toList();
    }

    private static <T> List<T> byName(Collection<ReciprocityBalance> listed,
                                      Function<ReciprocityBalance, Optional<T>> entry) {
        return listed.stream().sorted(ReciprocityLists.BY_NAME).map(entry).flatMap(Optional::stream).toList();
    }
}
