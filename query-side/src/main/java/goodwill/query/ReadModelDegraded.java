package goodwill.query;

import goodwill.web.Refusal;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A query asked a read model about a ledger one of whose events it could not apply: it set that event aside with
 * the ledger's later ones ({@link DeadLetters}), so what it holds of the ledger stops before them, and it is not
 * answered from until an administrator retries or evicts them. Answered 503 {@code read-model-degraded} with the
 * {@code readModel}, the {@code event} set aside (its id, type, when and why) and {@code eventsSetAside}.
 *
 * @param eventType      the type of the first event set aside, such as {@code FavorRecorded}
 * @param eventId        its identifier
 * @param cause          why it could not be applied, in words
 * @param setAsideAt     when it was set aside
 * @param eventsSetAside how many of the ledger's events are set aside
 */
public class ReadModelDegraded extends Refusal {

    public ReadModelDegraded(String processor, String ledgerId, String eventType, String eventId, String cause,
                             Instant setAsideAt, long eventsSetAside) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "read-model-degraded", "The read model '" + processor
                + "' could not apply event " + eventId + " (" + eventType + ") of ledger '" + ledgerId
                + "', and holds none of the ledger's events from there on (" + eventsSetAside
                + " set aside) until an administrator retries or evicts them.");
        say("readModel", processor);
        say("event", Map.of("eventId", eventId, "type", eventType, "setAsideAt", setAsideAt.toString(),
                            "reason", cause));
        say("eventsSetAside", eventsSetAside);
    }
}
