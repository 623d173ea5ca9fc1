package goodwill.query.reciprocity;

import goodwill.query.reciprocity.Exchange.Direction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where me stands with one contact: every favor between the two, from which the tallies and the balance are
 * derived. Keeping the favors, not only the sums, makes counting a favor twice impossible, and lets a later
 * retraction or amendment be taken out again.
 *
 * @param exchanges in the order they were recorded
 */
public record ReciprocityBalance(String ledgerId, String meId, String contactId, List<Exchange> exchanges) {

    public ReciprocityBalance {
        exchanges = List.copyOf(exchanges);
    }

    /** A relationship in which nothing has been exchanged yet. */
    public static ReciprocityBalance empty(String ledgerId, String meId, String contactId) {
        return new ReciprocityBalance(ledgerId, meId, contactId, List.of());
    }

    /** The balance with the exchange counted; an exchange of the same favor is replaced, not added. */
    ReciprocityBalance with(Exchange exchange) {
        List<Exchange> changed = new ArrayList<>(exchanges);
        changed.removeIf(counted -> counted.favorId().equals(exchange.favorId()));
        changed.add(exchange);
        return new ReciprocityBalance(ledgerId, meId, contactId, changed);
    }

    /** The balance without the favor: retracted, or no longer between me and this contact. */
    ReciprocityBalance without(String favorId) {
        List<Exchange> changed = new ArrayList<>(exchanges);
        changed.removeIf(counted -> counted.favorId().equals(favorId));
        return new ReciprocityBalance(ledgerId, meId, contactId, changed);
    }

    /** The balance with every exchange of another counted too (a favor in both counts once). */
    ReciprocityBalance withAllOf(ReciprocityBalance other) {
        ReciprocityBalance merged = this;
        for (Exchange exchange : other.exchanges) {
            merged = merged.with(exchange);
        }
        return merged;
    }

    /** What me gave the contact. */
    public Tally given() {
        return tally(Direction.GIVEN);
    }

    /** What me received from the contact. */
    public Tally received() {
        return tally(Direction.RECEIVED);
    }

    /** Given minus received, weighted: above zero, the contact owes me; below zero, I owe them. */
    public double balance() {
        return given().weighted() - received().weighted();
    }

    /** When me last did the contact a favor, or null. */
    public Instant lastGivenAt() {
        return last(Direction.GIVEN);
    }

    /** When the contact last did me a favor, or null. */
    public Instant lastReceivedAt() {
        return last(Direction.RECEIVED);
    }

    private Tally tally(Direction direction) {
        Tally tally = Tally.NONE;
        for (Exchange exchange : exchanges) {
            if (exchange.direction() == direction) {
                tally = tally.plus(exchange);
            }
        }
        return tally;
    }

    private Instant last(Direction direction) {
        return exchanges.stream()
                        .filter(exchange -> exchange.direction() == direction)
                        .map(Exchange::occurredAt)
                        .filter(Objects::nonNull)
                        .max(Instant::compareTo)
                        .orElse(null);
    }
}
