package goodwill.query.reciprocity;

import org.bson.codecs.pojo.annotations.BsonId;

/** Who me is in a ledger, stored by ledger id. Public only because the driver's record codec reads public records alone. */
public record LedgerMe(@BsonId String ledgerId, String meId) {
}
