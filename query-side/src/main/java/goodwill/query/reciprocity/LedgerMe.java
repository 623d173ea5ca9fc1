package goodwill.query.reciprocity;

import goodwill.query.Merges;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Who me is in a ledger, stored by ledger id, and which contacts were merged into which: a favor naming a
 * merged contact counts for the survivor. Public only because the driver's record codec reads public records
 * alone.
 *
 * @param mergedInto the survivor of each merged contact, never another merged one; empty when none were merged
 */
public record LedgerMe(@BsonId String ledgerId, String meId, Map<String, String> mergedInto) {

    public LedgerMe {
        mergedInto = mergedInto == null ? Map.of() : Map.copyOf(mergedInto);
    }

    LedgerMe(String ledgerId, String meId) {
        this(ledgerId, meId, Map.of());
    }

    /** The ledger after one more merge; contacts merged into the merged one earlier now point at the survivor. */
    LedgerMe withMerged(String mergedId, String survivorId) {
        return new LedgerMe(ledgerId, meId, Merges.after(mergedInto, mergedId, survivorId));
    }
}
