package goodwill.events;

/**
 * The metadata keys every recorded event carries, next to its payload. They are part of the contract
 * because the query side reads them (the journal shows who recorded what, and correlates the events of
 * one request).
 */
public final class EventMetaData {

    /** Who recorded the event: the account the request was authenticated as, or {@value #ANONYMOUS}. */
    public static final String RECORDED_BY = "recordedBy";

    /** The correlation id of the request that recorded the event; one request may record several events. */
    public static final String CORRELATION_ID = "correlationId";

    /** The recorder of an event recorded for nobody in particular. */
    public static final String ANONYMOUS = "anonymous";

    private EventMetaData() {
    }
}
