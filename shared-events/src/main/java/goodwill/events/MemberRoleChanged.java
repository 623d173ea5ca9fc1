package goodwill.events;

import java.time.Instant;

/**
 * A member's role in the ledger changed; the ledger keeps at least one owner.
 *
 * @param occurredAt when: the time of recording
 */
public record MemberRoleChanged(String ledgerId, String username, MemberRole role, Instant occurredAt)
        implements LedgerEvent {
}
