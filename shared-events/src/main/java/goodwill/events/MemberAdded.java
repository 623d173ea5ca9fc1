package goodwill.events;

import java.time.Instant;

/**
 * An account was given access to the ledger. Whoever opens a ledger is added as its first {@link MemberRole#OWNER}
 * in the same moment; who added a member later is the event's recorder ({@link EventMetaData#RECORDED_BY}).
 *
 * @param username   the account, as it signs in
 * @param occurredAt when access was given: the time of recording
 */
public record MemberAdded(String ledgerId, String username, MemberRole role, Instant occurredAt) implements LedgerEvent {
}
