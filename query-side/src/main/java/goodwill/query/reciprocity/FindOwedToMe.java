package goodwill.query.reciprocity;

import java.time.Instant;

/**
 * The contacts who owe me, the largest balance first; answered with a {@link BalanceListView}.
 *
 * @param asOf the moment ages are computed for: the time of the query
 */
public record FindOwedToMe(String ledgerId, Instant asOf) {
}
