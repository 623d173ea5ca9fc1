package goodwill.query.advocacy;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A contact's facts as stored: keyed by {@code <ledgerId>:<contactId>} (client ids never contain {@code ':'}), with
 * the ledger id beside it for listing one ledger's contacts. Public only because the driver's record codec reads
 * public records alone.
 */
public record StoredAdvocate(@BsonId String id, String ledgerId, ContactFacts contact) {

    static String key(String ledgerId, String contactId) {
        return ledgerId + ":" + contactId;
    }

    static StoredAdvocate of(ContactFacts contact) {
        return new StoredAdvocate(key(contact.ledgerId(), contact.contactId()), contact.ledgerId(), contact);
    }
}
