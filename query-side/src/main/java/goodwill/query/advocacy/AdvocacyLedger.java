package goodwill.query.advocacy;

import goodwill.query.Merges;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Who me is in a ledger, which contacts were merged into which, and which version of {@link AdvocacyFormula}
 * selected the facts stored for it. Stored by ledger id; its presence is what makes a ledger known here. Public
 * only because the driver's record codec reads public records alone.
 *
 * @param mergedInto the survivor of each merged contact, never another merged one
 * @param version    the {@link AdvocacyFormula#VERSION} that was running when the ledger was opened (or replayed);
 *                   it stays while later events are counted, so a ledger built partly by an older version says so
 */
public record AdvocacyLedger(@BsonId String ledgerId, String meId, Map<String, String> mergedInto, int version) {

    public AdvocacyLedger {
        mergedInto = mergedInto == null ? Map.of() : Map.copyOf(mergedInto);
    }

    static AdvocacyLedger opened(String ledgerId, String meId) {
        return new AdvocacyLedger(ledgerId, meId, Map.of(), AdvocacyFormula.VERSION);
    }

    /** The person as they count now: themselves, or the survivor they were merged into. */
    String survivorOf(String personId) {
        return personId == null ? null : Merges.survivorOf(mergedInto, personId);
    }

    boolean isMerged(String contactId) {
        return mergedInto.containsKey(contactId);
    }

    AdvocacyLedger withMerged(String mergedId, String intoId) {
        return new AdvocacyLedger(ledgerId, meId, Merges.after(mergedInto, mergedId, intoId), version);
    }
}
