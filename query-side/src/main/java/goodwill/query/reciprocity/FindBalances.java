package goodwill.query.reciprocity;

/** Me's balances with every contact of a ledger; answered with a {@link LedgerBalancesView}. */
public record FindBalances(String ledgerId) {
}
