package goodwill.query.reciprocity;

import java.time.Instant;

/**
 * One contact in a list of balances, flat so that it is also one CSV row.
 *
 * @param oldestUnreciprocatedFavorId the oldest favor not yet reciprocated of the way the balance leans (given by me
 *                                    unless I owe the contact, then received from them), or null
 * @param oldestUnreciprocatedAgeDays its age in whole days at {@code asOf}, or null
 */
public record BalanceRow(String contactId,
                         String displayName,
                         boolean archived,
                         double balance,
                         int givenCount,
                         double givenWeighted,
                         int receivedCount,
                         double receivedWeighted,
                         Instant lastGivenAt,
                         Instant lastReceivedAt,
                         String oldestUnreciprocatedFavorId,
                         Instant oldestUnreciprocatedAt,
                         Long oldestUnreciprocatedAgeDays) {

    static BalanceRow of(BalanceView view) {
        BalanceView.UnreciprocatedFavor oldest = view.balance() < 0
                ? view.oldestUnreciprocated().received() : view.oldestUnreciprocated().given();
        return new BalanceRow(view.contactId(), view.displayName(), view.archived(), view.balance(),
                              view.given().count(), view.given().weighted(),
                              view.received().count(), view.received().weighted(),
                              view.lastGivenAt(), view.lastReceivedAt(),
                              oldest == null ? null : oldest.favorId(),
                              oldest == null ? null : oldest.occurredAt(),
                              oldest == null ? null : oldest.ageDays());
    }
}
