package goodwill.events;

import java.time.Instant;
import java.util.List;

/**
 * A person became a live contact of a ledger.
 *
 * @param contactId   unique within the ledger, not across ledgers: the same slug may name different people
 *                    in two ledgers
 * @param tags        never null; empty when none were given
 * @param occurredAt  when the person entered the network (defaults to the time of recording)
 */
public record ContactAdded(String ledgerId,
                           String contactId,
                           String displayName,
                           String organization,
                           String role,
                           String email,
                           List<String> tags,
                           String howWeMet,
                           Instant occurredAt) implements LedgerEvent {

    public ContactAdded {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
