package goodwill.query.advocacy;

import java.util.ArrayList;
import java.util.List;

/**
 * A contact of a ledger and every fact that counts in their advocacy score. Keeping the facts, not sums, makes
 * counting one twice impossible, lets a correction take one out again, and lets the score be computed for any
 * day with any version of the formula. Public only because the driver's record codec reads public records alone.
 *
 * @param name     the display name as last changed
 * @param archived whether the contact was archived; their history still counts
 * @param facts    in the order they were counted
 */
public record ContactFacts(String ledgerId, String contactId, String name, boolean archived, List<Fact> facts) {

    public ContactFacts {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** With the fact counted; a fact of the same key is replaced where it is, not added. */
    ContactFacts with(Fact fact) {
        List<Fact> changed = new ArrayList<>(facts);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).key().equals(fact.key())) {
                changed.set(i, fact);
                return new ContactFacts(ledgerId, contactId, name, archived, changed);
            }
        }
        changed.add(fact);
        return new ContactFacts(ledgerId, contactId, name, archived, changed);
    }

    ContactFacts without(String key) {
        List<Fact> changed = new ArrayList<>(facts);
        changed.removeIf(counted -> counted.key().equals(key));
        return new ContactFacts(ledgerId, contactId, name, archived, changed);
    }

    ContactFacts named(String changedName) {
        return new ContactFacts(ledgerId, contactId, changedName, archived, facts);
    }

    ContactFacts archivedNow() {
        return new ContactFacts(ledgerId, contactId, name, true, facts);
    }

    ContactFacts withoutFacts() {
        return new ContactFacts(ledgerId, contactId, name, archived, List.of());
    }
}
