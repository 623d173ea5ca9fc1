package goodwill.command.commitment;

/** How a commitment can be resolved; each has an event of its own. */
public enum CommitmentStatus {
    KEPT,
    BROKEN,
    RELEASED
}
