package goodwill.query.commitments;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A commitment as stored: keyed by {@code <ledgerId>:<commitmentId>}, with the ledger id beside it for listing
 * one ledger's commitments. Public only because the driver's record codec reads public records alone.
 */
public record StoredCommitment(@BsonId String id, String ledgerId, CommitmentRecord commitment) {

    static String key(String ledgerId, String commitmentId) {
        return ledgerId + ":" + commitmentId;
    }

    static StoredCommitment of(CommitmentRecord commitment) {
        return new StoredCommitment(key(commitment.ledgerId(), commitment.commitmentId()), commitment.ledgerId(),
                                    commitment);
    }
}
