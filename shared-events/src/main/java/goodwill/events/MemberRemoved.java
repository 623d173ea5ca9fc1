package goodwill.events;

import java.time.Instant;

/**
 * An account lost its access to the ledger, from this moment on; what it recorded stays recorded in its name.
 *
 * @param occurredAt when: the time of recording
 */
public record MemberRemoved(String ledgerId, String username, Instant occurredAt) implements LedgerEvent {
}
