package goodwill.query.reports;

import goodwill.events.LedgerEvent;
import goodwill.query.advocacy.AdvocacyFormula;
import goodwill.query.advocacy.AdvocacyLedger;
import goodwill.query.advocacy.AdvocatesView;
import goodwill.query.advocacy.LedgerAdvocacy;
import goodwill.query.reciprocity.BalanceListView;
import goodwill.query.reciprocity.DontInvestView;
import goodwill.query.reciprocity.EmptyAccountsView;
import goodwill.query.reciprocity.LedgerBalancesView;
import goodwill.query.reciprocity.LedgerMe;
import goodwill.query.reciprocity.ReciprocityBalance;
import goodwill.query.reciprocity.ReciprocityHistory;
import goodwill.query.reciprocity.ReciprocityViews;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ledger as it stood at {@code asOf} on one {@link Basis}: the advocate ranking, the reciprocity balances and the
 * lists derived from them, each exactly the answer of its live endpoint ({@code …/advocates}, {@code …/reciprocity},
 * {@code …/owed-to-me}, {@code …/i-owe}, {@code …/empty-accounts}, {@code …/dont-invest}) had it been asked then:
 * the same folds over the events {@link AsOf} selects, and the same views at that moment. The ranking is whole,
 * on one page.
 *
 * @param events how many of the ledger's events the report folded
 */
public record AsOfReport(String ledgerId,
                         String meId,
                         Basis basis,
                         Instant asOf,
                         int events,
                         AdvocatesView advocates,
                         LedgerBalancesView balances,
                         BalanceListView owedToMe,
                         BalanceListView iOwe,
                         EmptyAccountsView emptyAccounts,
                         DontInvestView dontInvest) {

    /**
     * The report of the events {@code slice} holds, read at {@code asOf}; {@code meId} names me should the slice not
     * hold the ledger's opening yet (its lists are then empty).
     */
    public static AsOfReport of(String ledgerId, String meId, List<RecordedEvent> slice, Instant asOf, Basis basis) {
        List<LedgerEvent> events = slice.stream().map(RecordedEvent::event).toList();
        ReciprocityHistory reciprocity = ReciprocityHistory.folded(ledgerId, events);
        LedgerMe ledger = reciprocity.ledger() != null ? reciprocity.ledger() : new LedgerMe(ledgerId, meId, Map.of());
        List<ReciprocityBalance> listed = reciprocity.ledger() != null ? reciprocity.listed() : List.of();
        LedgerAdvocacy advocacy = LedgerAdvocacy.fold(events);
        AdvocacyLedger advocacyLedger = advocacy.ledger() != null ? advocacy.ledger()
                : new AdvocacyLedger(ledgerId, meId, Map.of(), AdvocacyFormula.VERSION);
        AdvocatesView advocates = AdvocatesView.ranked(AdvocacyFormula.current(), advocacyLedger,
                                                       advocacy.contacts().values(), asOf, null, 0,
                                                       advocacy.contacts().size());
        return new AsOfReport(ledgerId, ledger.meId(), basis, asOf, slice.size(), advocates,
                              ReciprocityViews.balances(ledger, listed, asOf),
                              ReciprocityViews.owedToMe(ledger, listed, asOf),
                              ReciprocityViews.iOwe(ledger, listed, asOf),
                              ReciprocityViews.emptyAccounts(ledger, listed),
                              ReciprocityViews.dontInvest(ledger, listed));
    }
}
