package goodwill.access;

import goodwill.events.MemberRole;
import java.time.Instant;

/**
 * One account's access to one ledger.
 *
 * @param since   when the account became a member (its role may have changed since)
 * @param addedBy who added it: the recorder of its {@code MemberAdded}
 */
public record Membership(String ledgerId, String username, MemberRole role, Instant since, String addedBy) {
}
