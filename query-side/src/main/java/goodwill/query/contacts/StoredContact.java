package goodwill.query.contacts;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A contact as stored: keyed by {@code <ledgerId>:<contactId>} (client ids never contain {@code ':'}), with the
 * ledger id beside it for listing one ledger's directory. Public only because the driver's record codec reads
 * public records alone.
 */
public record StoredContact(@BsonId String id, String ledgerId, ListedContact contact) {

    static String key(String ledgerId, String contactId) {
        return ledgerId + ":" + contactId;
    }

    static StoredContact of(ListedContact contact) {
        return new StoredContact(key(contact.ledgerId(), contact.contactId()), contact.ledgerId(), contact);
    }
}
