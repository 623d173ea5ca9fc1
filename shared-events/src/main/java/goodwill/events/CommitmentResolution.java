package goodwill.events;

/**
 * How a commitment ended: kept, broken, or released by mutual agreement. A commitment has at most one, never
 * dated before the commitment was made.
 */
public sealed interface CommitmentResolution extends LedgerEvent
        permits CommitmentKept, CommitmentBroken, CommitmentReleased {

    String commitmentId();
}
