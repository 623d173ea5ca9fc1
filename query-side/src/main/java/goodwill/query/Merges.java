package goodwill.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which contacts of a ledger were merged into which, as every read model counts them: a merged contact's
 * history, earlier and later, belongs to its survivor. The map is kept without chains (each merged contact
 * points at a contact that was not merged away), so one look-up resolves anyone.
 */
public final class Merges {

    private Merges() {
    }

    /** The contact as it counts now: itself, or the survivor it was merged into. */
    public static String survivorOf(Map<String, String> mergedInto, String contactId) {
        return mergedInto.getOrDefault(contactId, contactId);
    }

    /** The contacts merged into {@code survivorId} so far, directly or through another merged into it. */
    public static List<String> mergedInto(Map<String, String> mergedInto, String survivorId) {
        return mergedInto.entrySet().stream().filter(merge -> merge.getValue().equals(survivorId))
                         .map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * The map after {@code mergedId} was merged into {@code intoId}: contacts merged into the merged one
     * earlier now point at its survivor, and a survivor merged away meanwhile (two merges racing) is resolved
     * to its own survivor.
     */
    public static Map<String, String> after(Map<String, String> mergedInto, String mergedId, String intoId) {
        String survivorId = survivorOf(mergedInto, intoId);
        Map<String, String> changed = new HashMap<>();
        mergedInto.forEach((merged, survivor) -> changed.put(merged, survivor.equals(mergedId) ? survivorId : survivor));
        changed.put(mergedId, survivorId);
        return changed;
    }
}
