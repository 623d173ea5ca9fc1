package goodwill.query.advocacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A contact of a ledger and every fact that counts in their advocacy score. Keeping the facts, not sums, makes
 * counting one twice impossible, lets a correction take one out again, and lets the score be computed for any
 * day with any version of the formula. Both lists are kept sorted, so the document does not depend on the order
 * in which facts reached it. Public only because the driver's record codec reads public records alone.
 *
 * @param name     the display name as last changed
 * @param archived whether the contact was archived; their history still counts
 * @param facts    by key
 * @param namedIn  the keys of the sources (favors, introductions, commitments) naming this contact or one merged into
 *                 it, sorted: what a merge of this contact must classify again
 */
public record ContactFacts(String ledgerId, String contactId, String name, boolean archived, List<Fact> facts,
                           List<String> namedIn) {

    public ContactFacts {
        facts = facts == null ? List.of() : List.copyOf(facts);
        namedIn = namedIn == null ? List.of() : List.copyOf(namedIn);
    }

    /** With the fact counted; a fact of the same key is replaced, not added. */
    ContactFacts with(Fact fact) {
        List<Fact> changed = new ArrayList<>(facts);
        changed.removeIf(counted -> counted.key().equals(fact.key()));
        changed.add(fact);
        changed.sort(Comparator.comparing(Fact::key));
        return new ContactFacts(ledgerId, contactId, name, archived, changed, namedIn);
    }

    ContactFacts without(String key) {
        List<Fact> changed = new ArrayList<>(facts);
        changed.removeIf(counted -> counted.key().equals(key));
        return new ContactFacts(ledgerId, contactId, name, archived, changed, namedIn);
    }

    /** Named in these sources too; each is kept once. */
    ContactFacts namedIn(List<String> sourceKeys) {
        TreeSet<String> changed = new TreeSet<>(namedIn);
        changed.addAll(sourceKeys);
        return new ContactFacts(ledgerId, contactId, name, archived, facts, List.copyOf(changed));
    }

    ContactFacts named(String changedName) {
        return new ContactFacts(ledgerId, contactId, changedName, archived, facts, namedIn);
    }

    ContactFacts archivedNow() {
        return new ContactFacts(ledgerId, contactId, name, true, facts, namedIn);
    }
}
