package goodwill.query.facts;

import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A favor of a ledger as its corrections left it, whoever it is between (an amendment may make a favor between
 * two others one with me). Keyed by {@code <ledgerId>:<favorId>}. Public only because the driver's record codec
 * reads public records alone.
 *
 * @param favor     with its amendments applied, naming contacts as recorded (not as merged since)
 * @param retracted then it counts nowhere and is amended no more
 */
public record KeptFavor(@BsonId String id, String ledgerId, FavorRecorded favor, boolean retracted) {

    static String key(String ledgerId, String favorId) {
        return ledgerId + ":" + favorId;
    }

    static KeptFavor recorded(FavorRecorded favor) {
        return new KeptFavor(key(favor.ledgerId(), favor.favorId()), favor.ledgerId(), favor, false);
    }

    /** An amendment of a retracted favor changes nothing; the command side never records one. */
    KeptFavor amended(FavorAmended amendment) {
        return retracted ? this : new KeptFavor(id, ledgerId, amendment.applyTo(favor), false);
    }

    KeptFavor asRetracted() {
        return new KeptFavor(id, ledgerId, favor, true);
    }
}
