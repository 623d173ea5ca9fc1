package goodwill.query.contacts;

import goodwill.query.Merges;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Who me is in a ledger, and which contacts were merged into which: an interaction naming a merged contact
 * counts for the survivor. Stored by ledger id; its presence is what makes a ledger known to the directory.
 * Public only because the driver's record codec reads public records alone.
 *
 * @param mergedInto   the survivor of each merged contact, never another merged one
 * @param interactions how many interactions the ledger has recorded: each one's number gives its {@link TouchPage}
 */
public record ContactsLedger(@BsonId String ledgerId, String meId, Map<String, String> mergedInto, int interactions) {

    public ContactsLedger {
        mergedInto = mergedInto == null ? Map.of() : Map.copyOf(mergedInto);
    }

    /** The contact as it counts now: itself, or the survivor it was merged into. */
    public String survivorOf(String contactId) {
        return Merges.survivorOf(mergedInto, contactId);
    }

    /**
     * The ledger after one more merge: never a chain, so one look-up resolves a contact; contacts merged into
     * the merged one earlier now point at its survivor, and a survivor merged away meanwhile is resolved too.
     */
    ContactsLedger withMerged(String mergedId, String intoId) {
        return new ContactsLedger(ledgerId, meId, Merges.after(mergedInto, mergedId, intoId), interactions);
    }

    /**
     * The ledger counting the interaction of this number: one more for a new one; for one seen again, whose count
     * a crash may have kept from being written after it, at least as many as it says.
     */
    ContactsLedger counting(int number) {
        return number < interactions ? this : new ContactsLedger(ledgerId, meId, mergedInto, number + 1);
    }
}
