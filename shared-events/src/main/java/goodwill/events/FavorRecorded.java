package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

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
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
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
                            @PersonalDetail String note,
                            String subjectId) implements LedgerEvent, AboutSomeone {

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public FavorRecorded(String ledgerId, String favorId, String giverId, String receiverId, FavorKind kind, int weight,
                         boolean asked, Instant occurredAt, String towardId, String reciprocatesFavorId, String note) {
        this(ledgerId, favorId, giverId, receiverId, kind, weight, asked, occurredAt, towardId, reciprocatesFavorId,
             note, null);
    }
}
