package goodwill.query.journal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import goodwill.events.LedgerEvent;
import goodwill.query.Named;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * What the journal says about an event: a pure function of the event and the facts of its message, with no
 * I/O, used by the projection and by tests alike.
 */
public final class Journal {

    /** Every event type the journal knows (every one of the contract), by the name it shows them under. */
    public static final List<String> TYPES = LedgerEvent.types().stream().map(Class::getSimpleName).toList();

    private static final ObjectMapper SUMMARY = JsonMapper.builder()
                                                          .addModule(new JavaTimeModule())
                                                          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                                          .build();

    private Journal() {
    }

    /** The journal entry of an event recorded at {@code position}. */
    public static JournalEntry entryOf(LedgerEvent event, long position, String eventId, Instant recordedAt,
                                       String recordedBy, String correlationId) {
        return new JournalEntry(event.ledgerId(), position, eventId, typeOf(event), event.occurredAt(), recordedAt,
                                recordedBy, correlationId, Named.contactsOf(event), Named.correctsOf(event),
                                summaryOf(event));
    }

    public static String typeOf(LedgerEvent event) {
        return event.getClass().getSimpleName();
    }

    /** The event's own fields as JSON values, nulls left out. */
    public static Document summaryOf(LedgerEvent event) {
        Map<String, Object> fields = SUMMARY.convertValue(event, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        fields.values().removeIf(Objects::isNull);
        return new Document(fields);
    }
}
