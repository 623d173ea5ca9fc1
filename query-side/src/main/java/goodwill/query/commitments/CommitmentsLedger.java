package goodwill.query.commitments;

import goodwill.query.Merges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Who me is in a ledger, who its people are, and which contacts were merged into which: a merged contact's
 * commitments count for the survivor. Stored by ledger id; its presence is what makes a ledger known here.
 * Public only because the driver's record codec reads public records alone.
 *
 * @param people     me and every contact added, merged ones included, in the order they came
 * @param mergedInto the survivor of each merged contact, never another merged one
 */
public record CommitmentsLedger(@BsonId String ledgerId, String meId, List<String> people,
                                Map<String, String> mergedInto) {

    public CommitmentsLedger {
        people = people == null ? List.of() : List.copyOf(people);
        mergedInto = mergedInto == null ? Map.of() : Map.copyOf(mergedInto);
    }

    static CommitmentsLedger opened(String ledgerId, String meId) {
        return new CommitmentsLedger(ledgerId, meId, List.of(meId), Map.of());
    }

    /** The person as they count now: themselves, or the survivor they were merged into. */
    public String survivorOf(String personId) {
        return Merges.survivorOf(mergedInto, personId);
    }

    public boolean knows(String personId) {
        return people.contains(personId);
    }

    CommitmentsLedger withPerson(String personId) {
        if (knows(personId)) {
            return this;
        }
        List<String> changed = new ArrayList<>(people);
        changed.add(personId);
        return new CommitmentsLedger(ledgerId, meId, changed, mergedInto);
    }

    /** After one more merge: never a chain, so one look-up resolves a person, however merges were ordered. */
    CommitmentsLedger withMerged(String mergedId, String intoId) {
        return new CommitmentsLedger(ledgerId, meId, people, Merges.after(mergedInto, mergedId, intoId));
    }
}
