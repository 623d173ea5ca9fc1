package goodwill.query.reciprocity;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A balance as stored: keyed by {@code <ledgerId>:<contactId>} (client ids never contain {@code ':'}), with
 * the ledger id beside it for listing one ledger's balances. Public only because the driver's record codec
 * reads public records alone.
 */
public record StoredBalance(@BsonId String id, String ledgerId, ReciprocityBalance balance) {

    static String key(String ledgerId, String contactId) {
        return ledgerId + ":" + contactId;
    }

    static StoredBalance of(ReciprocityBalance balance) {
        return new StoredBalance(key(balance.ledgerId(), balance.contactId()), balance.ledgerId(), balance);
    }
}
