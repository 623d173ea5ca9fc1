package goodwill.query;

import java.time.Instant;

/**
 * A query asked a read model about a ledger one of whose events it could not apply: it set that event aside with
 * the ledger's later ones ({@link DeadLetters}), so what it holds of the ledger stops before them, and it is not
 * answered from until an administrator retries or evicts them.
 *
 * @param eventType  the type of the first event set aside, such as {@code FavorRecorded}
 * @param eventId    its identifier
 * @param cause      why it could not be applied, in words
 * @param setAsideAt when it was set aside
 * @param eventsSetAside how many of the ledger's events are set aside
 */
public class ReadModelDegraded extends RuntimeException {

    private final String processor;
    private final String eventType;
    private final String eventId;
    private final String cause;
    private final Instant setAsideAt;
    private final long eventsSetAside;

    public ReadModelDegraded(String processor, String ledgerId, String eventType, String eventId, String cause,
                             Instant setAsideAt, long eventsSetAside) {
        super("The read model '" + processor + "' could not apply event " + eventId + " (" + eventType + ") of ledger '"
                      + ledgerId + "', and holds none of the ledger's events from there on (" + eventsSetAside
                      + " set aside) until an administrator retries or evicts them.", null, false, false);
        this.processor = processor;
        this.eventType = eventType;
        this.eventId = eventId;
        this.cause = cause;
        this.setAsideAt = setAsideAt;
        this.eventsSetAside = eventsSetAside;
    }

    public String processor() {
        return processor;
    }

    public String eventType() {
        return eventType;
    }

    public String eventId() {
        return eventId;
    }

    public String reason() {
        return cause;
    }

    public Instant setAsideAt() {
        return setAsideAt;
    }

    public long eventsSetAside() {
        return eventsSetAside;
    }
}
