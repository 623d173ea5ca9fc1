package goodwill.query.reciprocity;

import goodwill.events.FavorRecorded;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A favor of a ledger as its corrections left it, whoever it is between: an amendment may make a favor between
 * two others one with me, and a retraction must find the balance that counts it. Keyed by
 * {@code <ledgerId>:<favorId>}. Public only because the driver's record codec reads public records alone.
 *
 * @param favor     with its amendments applied, naming contacts as recorded (not as merged since)
 * @param retracted whether it was retracted: then it counts nowhere and is amended no more
 */
public record StoredFavor(@BsonId String id, String ledgerId, FavorRecorded favor, boolean retracted) {

    static String key(String ledgerId, String favorId) {
        return ledgerId + ":" + favorId;
    }

    static StoredFavor of(FavorRecorded favor, boolean retracted) {
        return new StoredFavor(key(favor.ledgerId(), favor.favorId()), favor.ledgerId(), favor, retracted);
    }
}
