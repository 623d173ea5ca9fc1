package goodwill.query.depth;

/**
 * How deep my relationship with one contact runs, as of a time: exactly one of these, from what passed between
 * me and them up to then (see {@link Relationship}). Read top down, the first that applies:
 * <ol>
 *   <li>{@link #NONE}: no interaction yet.</li>
 *   <li>{@link #DEEP}: two-way, recurring, and at least {@value #DEEP_INTERACTIONS} interactions.</li>
 *   <li>{@link #RECURRING}: interactions in at least {@value #RECURRING_MONTHS} distinct calendar months (UTC),
 *       whether or not anything came back.</li>
 *   <li>{@link #TWO_WAY}: value went both ways, a favor I did them and one they did me, within two months at
 *       most.</li>
 *   <li>{@link #ONE_TOUCH}: everything else: a single interaction, or a few within two months that went one way
 *       only; an inch deep.</li>
 * </ol>
 * An interaction is a favor between me and them (either way), a meeting we both attended, or an introduction
 * naming both of us (as introducer or introduced). In the sample network advocates, allies and the once-close
 * dormant ties read DEEP, the people who never reciprocate RECURRING, and casual contacts ONE_TOUCH or
 * TWO_WAY.
 */
public enum Depth {
    NONE,
    ONE_TOUCH,
    TWO_WAY,
    RECURRING,
    DEEP;

    /** Distinct calendar months with an interaction that make a relationship recurring. */
    public static final int RECURRING_MONTHS = 3;

    /** Interactions a two-way, recurring relationship needs to be deep. */
    public static final int DEEP_INTERACTIONS = 6;

    public static Depth of(Relationship relationship) {
        if (relationship.interactions() == 0) {
            return NONE;
        }
        boolean twoWay = relationship.given() > 0 && relationship.received() > 0;
        boolean recurring = relationship.months() >= RECURRING_MONTHS;
        if (twoWay && recurring && relationship.interactions() >= DEEP_INTERACTIONS) {
            return DEEP;
        }
        if (recurring) {
            return RECURRING;
        }
        return twoWay ? TWO_WAY : ONE_TOUCH;
    }
}
