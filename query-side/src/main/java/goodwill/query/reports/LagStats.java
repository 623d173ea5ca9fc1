package goodwill.query.reports;

import java.util.List;

/**
 * How long reciprocations took, in whole days, by nearest rank: the p-th percentile of n sorted lags is the one at
 * rank {@code ceil(p / 100 × n)}, so the median of 4 lags is the 2nd, and p90 of 10 lags the 9th. Null values when
 * there are none.
 *
 * @param kind the kind of the favors reciprocated, or null for all of them
 */
public record LagStats(String kind, int count, Long medianDays, Long p90Days, Long maxDays) {

    static LagStats of(String kind, List<Long> lags) {
        List<Long> sorted = lags.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return new LagStats(kind, 0, null, null, null);
        }
        return new LagStats(kind, sorted.size(), percentile(sorted, 50), percentile(sorted, 90),
                            sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
