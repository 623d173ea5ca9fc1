package goodwill.query.journal;

import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import goodwill.query.BatchedDocuments;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the journal: every ledger event becomes one entry ({@link Journal#entryOf}), keyed by its event id
 * and written at the end of the batch. Replaying it from the start rebuilds the same entries.
 */
@Component
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
class JournalProjection {

    static final String PROCESSING_GROUP = "journal";

    private final JournalStore store;
    private final BatchedDocuments<JournalEntry> entries;

    JournalProjection(JournalStore store) {
        this.store = store;
        this.entries = new BatchedDocuments<>(store.entries, JournalEntry::eventId);
    }

    /** A tracking processor always hands a token; its position is the event's place in the event store. */
    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException(
                "The journal needs the event store's position of event " + message.getIdentifier()));
        entries.put(Journal.entryOf(event, position, message.getIdentifier(), recordedAt,
                                    text(message.getMetaData().get(EventMetaData.RECORDED_BY)),
                                    text(message.getMetaData().get(EventMetaData.CORRELATION_ID))));
    }

    @ResetHandler
    void reset() {
        store.entries.deleteMany(new Document());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
