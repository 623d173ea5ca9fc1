package goodwill.query.reciprocity;

import java.util.List;

/** Me's balances with every contact of a ledger, by contact id. */
public record LedgerBalancesView(String ledgerId, String meId, List<BalanceView> balances) {
}
