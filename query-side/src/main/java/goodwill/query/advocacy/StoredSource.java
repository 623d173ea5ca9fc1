package goodwill.query.advocacy;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A favor, introduction or commitment as stored: keyed by {@code <ledgerId>:<source key>}. Public only because the
 * driver's record codec reads public records alone.
 */
public record StoredSource(@BsonId String id, String ledgerId, Source source) {

    static String key(String ledgerId, String sourceKey) {
        return ledgerId + ":" + sourceKey;
    }

    static StoredSource of(String ledgerId, Source source) {
        return new StoredSource(key(ledgerId, source.key()), ledgerId, source);
    }
}
