package goodwill.query;

/**
 * What a favor is worth to the read models: its weight, and half as much again when it was not asked for,
 * because most people hate to owe and an unasked favor weighs more. This is the one definition; a change
 * here is a change of every balance and ranking, past ones included once their processors replay.
 */
public final class FavorWeight {

    /** How much more an unasked favor weighs than an asked one of the same weight. */
    public static final double UNASKED_FACTOR = 1.5;

    private FavorWeight() {
    }

    public static double of(int weight, boolean asked) {
        return asked ? weight : weight * UNASKED_FACTOR;
    }
}
