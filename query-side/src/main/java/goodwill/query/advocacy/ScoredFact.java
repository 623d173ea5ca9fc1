package goodwill.query.advocacy;

/** A fact with what it is worth on the day asked: its points, and what is left of them after decay. */
public record ScoredFact(Fact fact, double points, double decayedPoints) {
}
