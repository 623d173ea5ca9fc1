package goodwill.query.reciprocity;

import java.time.Instant;

/**
 * Me's balances with every contact of a ledger; answered with a {@link LedgerBalancesView}.
 *
 * @param asOf the moment ages and overdue are computed for: the time of the query
 */
public record FindBalances(String ledgerId, Instant asOf) {
}
