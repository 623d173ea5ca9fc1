package goodwill.query.reciprocity;

/**
 * Favors in one direction of a relationship.
 *
 * @param weighted the sum of their values, an unasked favor weighing more (see {@link goodwill.query.FavorWeight})
 */
public record Tally(int count, double weighted) {

    public static final Tally NONE = new Tally(0, 0);

    Tally plus(Exchange exchange) {
        return new Tally(count + 1, weighted + exchange.value());
    }
}
