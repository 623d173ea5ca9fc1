package goodwill.query.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.events.LedgerEvent;
import goodwill.query.DocumentStore;
import goodwill.query.Documents;
import goodwill.query.Fold;
import goodwill.query.ReadModelCollections;
import goodwill.query.Recorded;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps every ledger's events in recorded order, {@value #CHUNK} to a document: the reports' copy of the history.
 * A ledger's events reach it in order (one processor, {@code LedgerSequencingPolicy}, and the event store hands
 * them out by position); one already kept (a batch handled again after a crash, before its token was stored) is
 * known by its position, or, when the crash came between the chunk's write and the ledger's, by its id in the
 * chunk, and kept once.
 */
public final class HistoryFold implements Fold {

    /**
     * Events per document: a ledger of 100,000 events is 2,000 documents of about 20 KB, and a batch at the head
     * rewrites one of at most that size. (Histories kept with 250 to a chunk read as they are: their chunks are
     * the first numbers, each found in order, and new events go on after them.)
     */
    static final int CHUNK = 50;

    private final Documents<HistoryLedger> ledgers;
    private final Documents<HistoryChunk> chunks;
    private final ObjectMapper json;

    /** {@code json} writes each event as the event store's serializer does, so that it reads back the same. */
    public HistoryFold(DocumentStore store, ObjectMapper json) {
        this.ledgers = store.documents(ReadModelCollections.HISTORY_LEDGERS, HistoryLedger.class,
                                       HistoryLedger::ledgerId, event -> Stream.of(event.ledgerId()));
        this.chunks = store.documents(ReadModelCollections.HISTORY_CHUNKS, HistoryChunk.class, HistoryChunk::id);
        this.json = json;
    }

    /** Every event is kept. */
    @Override
    public Set<Class<? extends LedgerEvent>> ignores() {
        return Set.of();
    }

    @Override
    public void apply(Recorded recorded) {
        long position = recorded.positionFor("The ledger history");
        LedgerEvent event = recorded.event();
        HistoryLedger ledger = ledgers.find(event.ledgerId()).orElse(new HistoryLedger(event.ledgerId(), 0, 0));
        if (position <= ledger.lastPosition()) {
            return;
        }
        int chunk = (int) (ledger.events() / CHUNK);
        HistoryChunk.Kept kept = new HistoryChunk.Kept(recorded.eventId(), recorded.recordedAt(),
                                                       recorded.recordedBy(), event.getClass().getName(),
                                                       payload(event));
        chunks.put(chunks.find(HistoryChunk.key(event.ledgerId(), chunk))
                         .orElse(HistoryChunk.empty(event.ledgerId(), chunk)).with(kept));
        ledgers.put(new HistoryLedger(event.ledgerId(), ledger.events() + 1, position));
    }

    private String payload(LedgerEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.getClass().getSimpleName() + " cannot be written", e);
        }
    }
}
