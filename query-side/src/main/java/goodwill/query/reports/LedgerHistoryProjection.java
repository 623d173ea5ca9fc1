package goodwill.query.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps every ledger's events in recorded order, {@value #CHUNK} to a document: the reports' copy of the history.
 * A ledger's events reach it in order (one processor, {@code LedgerSequencingPolicy}, and the event store hands
 * them out by position); one already kept (a batch handled again after a crash, before its token was stored) is
 * known by its position, or, when the crash came between the chunk's write and the ledger's, by its id in the
 * chunk, and kept once. A replay
 * clears both collections and writes the same documents again.
 */
@Component
@ProcessingGroup(LedgerHistoryProjection.PROCESSING_GROUP)
class LedgerHistoryProjection {

    static final String PROCESSING_GROUP = "ledger-history";

    /**
     * Events per document: a ledger of 100,000 events is 2,000 documents of about 20 KB, and a batch at the head
     * rewrites one of at most that size. (Histories kept with 250 to a chunk read as they are: their chunks are
     * the first numbers, each found in order, and new events go on after them.)
     */
    static final int CHUNK = 50;

    private final LedgerHistoryStore store;
    private final ObjectMapper json;
    private final BatchedDocuments<HistoryLedger> ledgers;
    private final BatchedDocuments<HistoryChunk> chunks;

    LedgerHistoryProjection(LedgerHistoryStore store, JacksonSerializer serializer) {
        this.store = store;
        this.json = serializer.getObjectMapper();
        this.ledgers = new BatchedDocuments<>(store.ledgers, HistoryLedger::ledgerId);
        this.chunks = new BatchedDocuments<>(store.chunks, HistoryChunk::id);
    }

    /** A tracking processor always hands a token; its position is the event's place in the event store. */
    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token)
            throws JsonProcessingException {
        long position = token.position().orElseThrow(() -> new IllegalStateException(
                "The ledger history needs the event store's position of event " + message.getIdentifier()));
        HistoryLedger ledger = ledgers.find(event.ledgerId()).orElse(new HistoryLedger(event.ledgerId(), 0, 0));
        if (position <= ledger.lastPosition()) {
            return;
        }
        int chunk = (int) (ledger.events() / CHUNK);
        Object recordedBy = message.getMetaData().get(EventMetaData.RECORDED_BY);
        HistoryChunk.Kept kept = new HistoryChunk.Kept(message.getIdentifier(), recordedAt,
                                                       recordedBy == null ? null : recordedBy.toString(),
                                                       event.getClass().getName(), json.writeValueAsString(event));
        chunks.put(chunks.find(HistoryChunk.key(event.ledgerId(), chunk))
                         .orElse(HistoryChunk.empty(event.ledgerId(), chunk)).with(kept));
        ledgers.put(new HistoryLedger(event.ledgerId(), ledger.events() + 1, position));
    }

    @ResetHandler
    void reset() {
        store.ledgers.deleteMany(new Document());
        store.chunks.deleteMany(new Document());
    }
}
