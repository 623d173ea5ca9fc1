package goodwill.query.advocacy;

/** Where a contact stands as an advocate of me; {@link AdvocacyFormula} has the exact rules. */
public enum Tier {
    ADVOCATE,
    ALLY,
    ACQUAINTANCE,
    DORMANT
}
