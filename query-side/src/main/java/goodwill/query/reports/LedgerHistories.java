package goodwill.query.reports;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.stereotype.Component;

/**
 * A ledger's whole history as the ledger history read model keeps it ({@link LedgerHistoryProjection}): its chunks
 * found by {@code _id} in one {@code $in}, their events parsed back into the event records, in recorded order.
 */
@Component
class LedgerHistories {

    private final LedgerHistoryStore store;
    private final ObjectMapper json;
    private final Map<String, Class<?>> types = new ConcurrentHashMap<>();

    LedgerHistories(LedgerHistoryStore store, JacksonSerializer serializer) {
        this.store = store;
        this.json = serializer.getObjectMapper();
    }

    /** The ledger's events in the order they were recorded; a ledger never opened is a 404. */
    History of(String ledgerId) {
        HistoryLedger ledger = store.ledgers.find(eq("_id", ledgerId)).first();
        if (ledger == null) {
            throw NotFoundException.unknownLedger(ledgerId);
        }
        int chunks = (int) ((ledger.events() + HistoryFold.CHUNK - 1) / HistoryFold.CHUNK);
        List<String> keys = IntStream.range(0, chunks).mapToObj(chunk -> HistoryChunk.key(ledgerId, chunk)).toList();
        List<HistoryChunk> found = store.chunks.find(in("_id", keys)).into(new ArrayList<>());
        found.sort(Comparator.comparingInt(HistoryChunk::chunk));
        List<RecordedEvent> history = new ArrayList<>((int) ledger.events());
        String meId = null;
        for (HistoryChunk chunk : found) {
            for (HistoryChunk.Kept kept : chunk.events()) {
                LedgerEvent event = parsed(kept);
                history.add(new RecordedEvent(event, kept.eventId(), kept.recordedAt(), kept.recordedBy()));
                if (meId == null && event instanceof LedgerOpened opened) {
                    meId = opened.meId();
                }
            }
        }
        if (meId == null) {
            throw NotFoundException.unknownLedger(ledgerId);
        }
        return new History(ledgerId, meId, history);
    }

    private LedgerEvent parsed(HistoryChunk.Kept kept) {
        try {
            return (LedgerEvent) json.readValue(kept.payload(), types.computeIfAbsent(kept.type(), LedgerHistories::type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + kept.eventId() + " of the ledger history cannot be read back: "
                                            + "replay '" + LedgerHistoryProjection.PROCESSING_GROUP + "'", e);
        }
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No event type " + name, e);
        }
    }

    record History(String ledgerId, String meId, List<RecordedEvent> events) {

        List<LedgerEvent> ledgerEvents() {
            return events.stream().map(RecordedEvent::event).toList();
        }
    }
}
