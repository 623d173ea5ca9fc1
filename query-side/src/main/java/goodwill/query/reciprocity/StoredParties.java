package goodwill.query.reciprocity;

import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Who a commitment or an ask of a ledger is between, as recorded: its resolution or answer names only the
 * commitment or the ask, and must find the balance that counts it. Keyed by {@code <ledgerId>:commitment:<id>}
 * or {@code <ledgerId>:ask:<id>}. Public only because the driver's record codec reads public records alone.
 *
 * @param fromId the promiser, or the asker
 * @param toId   the promisee, or the one asked
 */
public record StoredParties(@BsonId String id, String ledgerId, String fromId, String toId) {

    static String commitmentKey(String ledgerId, String commitmentId) {
        return ledgerId + ":commitment:" + commitmentId;
    }

    static String askKey(String ledgerId, String askId) {
        return ledgerId + ":ask:" + askId;
    }

    static StoredParties of(CommitmentMade made) {
        return new StoredParties(commitmentKey(made.ledgerId(), made.commitmentId()), made.ledgerId(),
                                 made.promiserId(), made.promiseeId());
    }

    static StoredParties of(AskMade made) {
        return new StoredParties(askKey(made.ledgerId(), made.askId()), made.ledgerId(), made.askerId(), made.askedId());
    }
}
