package goodwill.query.commitments;

/** Where a commitment stands: open until it is kept, broken, or released by mutual agreement. */
public enum CommitmentState {
    OPEN,
    KEPT,
    BROKEN,
    RELEASED
}
