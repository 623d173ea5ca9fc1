package goodwill.query.reports;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.ProjectionHarness;
import goodwill.storage.EventJson;
import goodwill.storage.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The reports' copy of a ledger's history: every event once, in order, in chunks a batch rewrites cheaply. */
class LedgerHistoryProjectionTest {

    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
    private static final JacksonSerializer SERIALIZER = EventJson.serializer(EventJson.mapper());

    @AutoClose
    private final TestDatabase database = TestDatabase.create();
    private final LedgerHistoryStore store = new LedgerHistoryStore(database.connection().database());
    private final ProjectionHarness projection =
            new ProjectionHarness(new LedgerHistoryProjection(database.connection().database(), SERIALIZER));
    private final LedgerHistories histories = new LedgerHistories(store, SERIALIZER);

    private static List<LedgerEvent> ledger(int favors) {
        List<LedgerEvent> events = new ArrayList<>();
        events.add(new LedgerOpened("team", "me", "Ana", START));
        for (int i = 0; i < favors; i++) {
            events.add(new FavorRecorded("team", "f" + i, "me", "bo", FavorKind.ADVICE, 1, false,
                                         START.plusSeconds(i), null, null, null));
        }
        return events;
    }

    /** Each event at its own position, from {@code first} on (the event store's first is 1). */
    private static List<EventMessage<?>> tracked(List<LedgerEvent> events, long first) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (LedgerEvent event : events) {
            messages.add(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(first + messages.size()),
                                                          GenericEventMessage.asEventMessage(event)));
        }
        return messages;
    }

    private List<LedgerEvent> kept() {
        return histories.of("team").events().stream().map(RecordedEvent::event).toList();
    }

    @Test
    void everyEventIsKeptOnceInOrderInChunksOfAtMostTheChunkSize() {
        List<LedgerEvent> events = ledger(120);
        List<EventMessage<?>> messages = tracked(events, 1);

        projection.messagesInOneBatch(messages.subList(0, 70));
        projection.messagesInOneBatch(messages.subList(60, messages.size())); // ten again, as after a crash

        assertThat(kept()).isEqualTo(events);
        assertThat(store.chunks.find().into(new ArrayList<>())).allSatisfy(
                chunk -> assertThat(chunk.events()).hasSizeLessThanOrEqualTo(HistoryFold.CHUNK));
    }

    @Test
    void aHistoryKeptInLargerChunksEarlierReadsOnAndGrowsInOrder() throws Exception {
        List<LedgerEvent> events = ledger(300);
        List<EventMessage<?>> messages = tracked(events, 1);
        int before = 261; // as kept 250 to a chunk: chunk 0 full, chunk 1 with 11
        List<HistoryChunk.Kept> first = new ArrayList<>();
        List<HistoryChunk.Kept> second = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            EventMessage<?> message = messages.get(i);
            (i < 250 ? first : second).add(new HistoryChunk.Kept(
                    message.getIdentifier(), message.getTimestamp(), null, message.getPayloadType().getName(),
                    EventJson.mapper().writeValueAsString(message.getPayload())));
        }
        store.chunks.insertMany(List.of(new HistoryChunk(HistoryChunk.key("team", 0), "team", 0, first),
                                        new HistoryChunk(HistoryChunk.key("team", 1), "team", 1, second)));
        store.ledgers.insertOne(new HistoryLedger("team", before, before));

        projection.messagesInOneBatch(messages.subList(before, messages.size()));

        assertThat(kept()).isEqualTo(events);
        // The ledger's 262nd to 301st events are its events 261 to 300: chunks 5 and 6 of 50.
        assertThat(store.chunks.countDocuments(new Document("chunk", new Document("$gt", 1)))).isEqualTo(2);
    }
}
