package goodwill.query.reciprocity;

import java.time.Instant;

/**
 * The contacts I owe, the largest debt first; answered with a {@link BalanceListView}.
 *
 * @param asOf the moment ages are computed for: the time of the query
 */
public record FindIOwe(String ledgerId, Instant asOf) {
}
