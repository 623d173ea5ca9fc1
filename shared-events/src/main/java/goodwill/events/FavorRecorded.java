package goodwill.events;

import java.time.Instant;

/**
 * One person did something for another. Giver and receiver are distinct live contacts of the ledger (me
 * included); a favor between two contacts that does not involve me is as much a fact as one that does.
 *
 * @param favorId             unique within the ledger
 * @param weight              effort or value, 1 (small) to 5 (large)
 * @param asked               whether the receiver asked for it; an unasked favor weighs more
 * @param towardId            the third party it was done toward (acting on someone's behalf is advocacy), or null
 * @param reciprocatesFavorId the earlier favor of this ledger it returns, or null: the link that lets a report
 *                            measure the lag between investment and return
 * @param note                free text, or null
 */
public record FavorRecorded(String ledgerId,
                            String favorId,
                            String giverId,
                            String receiverId,
                            FavorKind kind,
                            int weight,
                            boolean asked,
                            Instant occurredAt,
                            String towardId,
                            String reciprocatesFavorId,
                            String note) implements LedgerEvent {
}
