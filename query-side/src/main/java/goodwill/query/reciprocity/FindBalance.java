package goodwill.query.reciprocity;

import java.time.Instant;

/**
 * Me's balance with one contact of a ledger; answered with a {@link BalanceView}.
 *
 * @param asOf the moment ages and overdue are computed for: the time of the query
 */
public record FindBalance(String ledgerId, String contactId, Instant asOf) {
}
