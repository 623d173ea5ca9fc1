package goodwill.query.reciprocity;

import goodwill.events.AskAnswered;
import goodwill.events.AskOutcome;
import java.time.Instant;

/**
 * An ask between me and a contact and how it was answered. Public only because the driver's record codec reads
 * public records alone.
 *
 * @param outcome    how it was answered, or null while it is not
 * @param answeredAt when it was answered, or null
 * @param favorId    the favor that helped, or null
 */
public record AskRecord(String askId, Way way, String what, Instant askedAt, AskOutcome outcome, Instant answeredAt,
                        String favorId) {

    /** The ask as its answer leaves it; one answered already keeps its first answer, as the command side does. */
    AskRecord answeredBy(AskAnswered answer) {
        if (outcome != null) {
            return this;
        }
        return new AskRecord(askId, way, what, askedAt, answer.outcome(), answer.occurredAt(), answer.favorId());
    }

    boolean helped() {
        return outcome == AskOutcome.HELPED;
    }

    /** Declined or left without response: answered, but not with help. */
    boolean unhelped() {
        return outcome == AskOutcome.DECLINED || outcome == AskOutcome.NO_RESPONSE;
    }
}
