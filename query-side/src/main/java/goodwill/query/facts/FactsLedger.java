package goodwill.query.facts;

import goodwill.events.LedgerOpened;
import goodwill.query.Merges;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Who me is in a ledger and which contacts were merged into which; its presence is what makes a ledger known.
 * Public only because the driver's record codec reads public records alone.
 *
 * @param mergedInto the survivor of each merged contact, never another merged one
 */
public record FactsLedger(@BsonId String ledgerId, String meId, Map<String, String> mergedInto) {

    public FactsLedger {
        mergedInto = mergedInto == null ? Map.of() : Map.copyOf(mergedInto);
    }

    static FactsLedger opened(LedgerOpened opened) {
        return new FactsLedger(opened.ledgerId(), opened.meId(), Map.of());
    }

    /** The contact as it counts now: itself, or the survivor it was merged into. */
    public String survivorOf(String contactId) {
        return contactId == null ? null : Merges.survivorOf(mergedInto, contactId);
    }

    public boolean mergedAway(String contactId) {
        return mergedInto.containsKey(contactId);
    }

    FactsLedger withMerged(String mergedId, String intoId) {
        return new FactsLedger(ledgerId, meId, Merges.after(mergedInto, mergedId, intoId));
    }
}
