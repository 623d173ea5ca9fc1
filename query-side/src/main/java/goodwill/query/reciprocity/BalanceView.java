package goodwill.query.reciprocity;

import java.time.Instant;

/**
 * Me's balance with one contact, as the API shows it.
 *
 * @param balance        given minus received, weighted: above zero the contact owes me, below zero I owe them
 * @param lastGivenAt    when me last did the contact a favor, or null
 * @param lastReceivedAt when the contact last did me a favor, or null
 */
public record BalanceView(String ledgerId,
                          String contactId,
                          Tally given,
                          Tally received,
                          double balance,
                          Instant lastGivenAt,
                          Instant lastReceivedAt) {

    static BalanceView of(ReciprocityBalance balance) {
        return new BalanceView(balance.ledgerId(), balance.contactId(), balance.given(), balance.received(),
                               balance.balance(), balance.lastGivenAt(), balance.lastReceivedAt());
    }
}
