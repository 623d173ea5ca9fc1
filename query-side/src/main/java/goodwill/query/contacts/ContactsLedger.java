package goodwill.query.contacts;

import goodwill.query.Merges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Who me is in a ledger, and which contacts were merged into which: an interaction naming a merged contact
 * counts for the survivor. Stored by ledger id; its presence is what makes a ledger known to the directory.
 * Public only because the driver's record codec reads public records alone.
 *
 * @param mergedInto the survivor of each merged contact, never another merged one
 * @param pages      the {@link TouchPage} numbers its interactions were recorded on, in order
 */
public record ContactsLedger(@BsonId String ledgerId, String meId, Map<String, String> mergedInto, List<Long> pages) {

    public ContactsLedger {
        mergedInto = mergedInto == null ? Map.of() : Map.copyOf(mergedInto);
        pages = pages == null ? List.of() : List.copyOf(pages);
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
        return new ContactsLedger(ledgerId, meId, Merges.after(mergedInto, mergedId, intoId), pages);
    }

    /**
     * The ledger with an interaction on this page: itself if it had one there already (an interaction seen again,
     * whose page a crash may have kept from being written after it, is counted again).
     */
    ContactsLedger counting(long page) {
        if (pages.contains(page)) {
            return this;
        }
        List<Long> counted = new ArrayList<>(pages);
        counted.add(page);
        counted.sort(null);
        return new ContactsLedger(ledgerId, meId, mergedInto, counted);
    }
}
