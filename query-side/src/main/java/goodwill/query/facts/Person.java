package goodwill.query.facts;

import goodwill.events.ContactAdded;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.LedgerOpened;
import java.time.Instant;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One person of a ledger, me included, as far as a report names and counts them. Keyed by
 * {@code <ledgerId>:<contactId>} (client ids never contain {@code ':'}). Public only because the driver's record
 * codec reads public records alone.
 *
 * @param displayName as last changed
 * @param addedAt     when the person entered the network (for me, when the ledger was opened)
 * @param archived    archived contacts keep their history but are nobody to renew a tie with
 */
public record Person(@BsonId String id, String ledgerId, String contactId, String displayName, Instant addedAt,
                     boolean archived) {

    static String key(String ledgerId, String contactId) {
        return ledgerId + ":" + contactId;
    }

    static Person me(LedgerOpened opened) {
        return new Person(key(opened.ledgerId(), opened.meId()), opened.ledgerId(), opened.meId(), opened.ownerName(),
                          opened.occurredAt(), false);
    }

    static Person added(ContactAdded added) {
        return new Person(key(added.ledgerId(), added.contactId()), added.ledgerId(), added.contactId(),
                          added.displayName(), added.occurredAt(), false);
    }

    Person changed(ContactDetailsChanged change) {
        return change.displayName() == null ? this
                : new Person(id, ledgerId, contactId, change.displayName(), addedAt, archived);
    }

    Person asArchived() {
        return new Person(id, ledgerId, contactId, displayName, addedAt, true);
    }
}
