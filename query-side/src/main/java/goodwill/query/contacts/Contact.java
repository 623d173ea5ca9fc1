package goodwill.query.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person of a ledger's directory, me included, with the details as last changed. Keeping every interaction,
 * not only the latest date, lets a retraction or an amendment take one out again and a merge count each once.
 *
 * @param me         whether this is the ledger owner's own person
 * @param addedAt    when the person entered the network (for me, when the ledger was opened)
 * @param archivedAt when the contact was archived, or null while it is not
 * @param mergedInto the survivor this contact was merged into, or null; its interactions count there
 * @param touches    the interactions naming the contact (or a contact merged into it), in the order recorded
 */
public record Contact(String ledgerId,
                      String contactId,
                      String displayName,
                      String organization,
                      String role,
                      String email,
                      List<String> tags,
                      String howWeMet,
                      boolean me,
                      Instant addedAt,
                      boolean archived,
                      Instant archivedAt,
                      String mergedInto,
                      List<Touch> touches) {

    public Contact {
        tags = tags == null ? List.of() : List.copyOf(tags);
        touches = touches == null ? List.of() : List.copyOf(touches);
    }

    /** Neither archived nor merged away. */
    public boolean live() {
        return !archived && mergedInto == null;
    }

    /** The latest time of any interaction naming the contact, or null when there was none. */
    public Instant lastInteractionAt() {
        return touches.stream().map(Touch::occurredAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    Contact withTouches(List<Touch> changed) {
        return new Contact(ledgerId, contactId, displayName, organization, role, email, tags, howWeMet, me, addedAt,
                           archived, archivedAt, mergedInto, changed);
    }

    /** The contact with the interaction counted; one of the same key is replaced, not added. */
    Contact touched(Touch touch) {
        List<Touch> changed = new ArrayList<>(touches);
        changed.removeIf(counted -> counted.key().equals(touch.key()));
        changed.add(touch);
        return withTouches(changed);
    }

    Contact untouched(String key) {
        List<Touch> changed = new ArrayList<>(touches);
        changed.removeIf(counted -> counted.key().equals(key));
        return withTouches(changed);
    }
}
