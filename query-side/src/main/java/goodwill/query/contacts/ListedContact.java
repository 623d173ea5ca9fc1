package goodwill.query.contacts;

import goodwill.events.ContactAdded;
import goodwill.events.ContactDetailsChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One person of a ledger's directory, me included, with the details as last changed.
 * <p>
 * The last interaction needs more than its date: a retraction or an amendment can take it out again, and a merge
 * must count each interaction once. So a contact keeps its {@value #KEPT_TOUCHES} latest interactions, not all of
 * them (me takes part in every one, and a document rewritten at every event must not grow with the history):
 * every interaction it no longer keeps happened at or before {@code earlierUpTo}. When corrections take out every
 * kept one from that time on, the latest are looked up again ({@link #needsEarlierTouches()}).
 *
 * @param details     the details as last changed, and when the person entered the network (for me, when the
 *                    ledger was opened)
 * @param me          whether this is the ledger owner's own person
 * @param archivedAt  when the contact was archived, or null while it is not
 * @param mergedInto  the survivor this contact was merged into, or null; its interactions count there
 * @param forgottenAt when the person was forgotten at their request, or null; their details then read as the
 *                    placeholders of a forgotten person
 * @param touches     the latest interactions naming the contact (or a contact merged into it), latest first
 * @param earlierUpTo null when {@code touches} holds every interaction; else no interaction left out is later
 */
public record ListedContact(ContactAdded details, boolean me, boolean archived, Instant archivedAt, String mergedInto,
                            Instant forgottenAt, List<Touch> touches, Instant earlierUpTo) {

    /** How many of its latest interactions a contact keeps. */
    public static final int KEPT_TOUCHES = 16;

    /** Latest first; an interaction without a time last; the key breaks ties, so that every fold keeps the same. */
    static final Comparator<Touch> LATEST_FIRST = Comparator
            .comparing(Touch::occurredAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed()
            .thenComparing(Touch::key);

    public ListedContact {
        touches = touches == null ? List.of() : List.copyOf(touches);
    }

    /** A person who just entered the network, with no interaction yet. */
    static ListedContact added(ContactAdded details, boolean me) {
        return new ListedContact(details, me, false, null, null, null, List.of(), null);
    }

    public String ledgerId() {
        return details.ledgerId();
    }

    public String contactId() {
        return details.contactId();
    }

    /** Neither archived, merged away nor forgotten. */
    public boolean live() {
        return !archived && mergedInto == null && forgottenAt == null;
    }

    /** The latest time of any interaction naming the contact, or null when there was none. */
    public Instant lastInteractionAt() {
        return touches.stream().map(Touch::occurredAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    /**
     * Whether the interactions kept no longer tell the last one: some were left out, and none kept is as late as
     * the latest of those. Then {@link #withEarlierTouches} must be given the latest from the whole history.
     */
    public boolean needsEarlierTouches() {
        return earlierUpTo != null && touches.stream().noneMatch(
                touch -> touch.occurredAt() != null && !touch.occurredAt().isBefore(earlierUpTo));
    }

    /** The contact keeping the latest of {@code latest}: at least {@value #KEPT_TOUCHES} + 1, or every one. */
    ListedContact withEarlierTouches(List<Touch> latest) {
        return keeping(new ArrayList<>(latest), null);
    }

    ListedContact withTouches(List<Touch> changed, Instant changedEarlierUpTo) {
        return new ListedContact(details, me, archived, archivedAt, mergedInto, forgottenAt, changed,
                                 changedEarlierUpTo);
    }

    /** The contact with its details as the change leaves them. */
    ListedContact changed(ContactDetailsChanged change) {
        return new ListedContact(change.applyTo(details), me, archived, archivedAt, mergedInto, forgottenAt, touches,
                                 earlierUpTo);
    }

    /** Forgotten once, for good: the date of the first forgetting stays. */
    ListedContact forgotten(Instant at) {
        return forgottenAt != null ? this
                : new ListedContact(details, me, archived, archivedAt, mergedInto, at, touches, earlierUpTo);
    }

    /** Archived once: archived again, it keeps the first date. */
    ListedContact archived(Instant at) {
        return archived ? this
                : new ListedContact(details, me, true, at, mergedInto, forgottenAt, touches, earlierUpTo);
    }

    /** The merged contact, pointing at its survivor; its interactions now count there, not here. */
    ListedContact mergedAway(String survivorId) {
        return new ListedContact(details, me, archived, archivedAt, survivorId, forgottenAt, List.of(), null);
    }

    /** The contact with the interaction counted; one of the same key is replaced, not added. */
    ListedContact touched(Touch touch) {
        List<Touch> changed = new ArrayList<>(touches);
        changed.removeIf(counted -> counted.key().equals(touch.key()));
        changed.add(touch);
        return keeping(changed, earlierUpTo);
    }

    /** The contact without the interaction; one not kept (left out earlier) changes nothing kept. */
    ListedContact untouched(String key) {
        List<Touch> changed = new ArrayList<>(touches);
        changed.removeIf(counted -> counted.key().equals(key));
        return withTouches(changed, earlierUpTo);
    }

    /** The contact with the other's interactions counted too; one in both counts once. */
    ListedContact with(ListedContact other) {
        List<Touch> changed = new ArrayList<>(touches);
        for (Touch touch : other.touches) {
            changed.removeIf(counted -> counted.key().equals(touch.key()));
            changed.add(touch);
        }
        return keeping(changed, later(earlierUpTo, other.earlierUpTo));
    }

    /** Keeps the latest {@value #KEPT_TOUCHES}; what it leaves out moves {@code earlierUpTo} up to its time. */
    private ListedContact keeping(List<Touch> candidates, Instant upTo) {
        candidates.sort(LATEST_FIRST);
        Instant leftOutUpTo = upTo;
        while (candidates.size() > KEPT_TOUCHES) {
            Touch leftOut = candidates.remove(candidates.size() - 1);
            leftOutUpTo = later(leftOutUpTo, leftOut.occurredAt() == null ? Instant.MIN : leftOut.occurredAt());
        }
        return withTouches(candidates, leftOutUpTo);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
    }
}
