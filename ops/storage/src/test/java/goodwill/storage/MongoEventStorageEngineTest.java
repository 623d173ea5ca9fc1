package goodwill.storage;

import goodwill.events.ContactArchived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the event store, in the spirit of Axon's storage-engine contract tests: what a command
 * handler and a tracking processor can rely on.
 */
class MongoEventStorageEngineTest {

    private TestDatabase database;
    private MongoEventStorageEngine engine;

    @BeforeEach
    void openStore() {
        database = TestDatabase.create();
        engine = engine(builder -> builder);
    }

    @AfterEach
    void closeStore() {
        GenericEventMessage.clock = Clock.systemUTC();
        database.close();
    }

    private MongoEventStorageEngine engine(java.util.function.UnaryOperator<MongoEventStorageEngine.Builder> tuning) {
        return database.eventStore(tuning);
    }

    private static DomainEventMessage<ContactArchived> event(String aggregate, long sequence, String text) {
        return new GenericDomainEventMessage<>("Note", aggregate, sequence, Noted.of(text),
                                               MetaData.with("recordedBy", "tester"));
    }

    private List<TrackedEventMessage<?>> readFrom(MongoEventStorageEngine store, TrackingToken token) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(token, false)) {
            return new ArrayList<>(events.toList());
        }
    }

    private static long position(TrackedEventMessage<?> event) {
        return ((GapAwareTrackingToken) event.trackingToken()).getIndex();
    }

    private static List<String> texts(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().map(event -> Noted.textOf(event.getPayload())).toList();
    }

    private MongoCollection<Document> events() {
        return database.connection().database().getCollection(StorageCollections.EVENTS);
    }

    @Test
    void anAggregatesEventsAreReadBackInSequenceWithPayloadAndMetaData() {
        engine.appendEvents(event("a", 0, "first"), event("a", 1, "second"));
        engine.appendEvents(event("a", 2, "third"));
        engine.appendEvents(event("b", 0, "other"));

        List<? extends DomainEventMessage<?>> read = engine.readEvents("a").asStream().toList();

        assertThat(read).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        assertThat(read).extracting(e -> Noted.textOf(e.getPayload())).containsExactly("first", "second", "third");
        assertThat(read.get(0).getMetaData()).containsEntry("recordedBy", "tester");
        assertThat(read.get(0).getPayload()).isEqualTo(Noted.of("first"));
        assertThat(engine.readEvents("a", 2).asStream().toList()).hasSize(1);
    }

    @Test
    void commitsAppendedTogetherAreReadBackAsIfAppendedOneByOne() {
        engine.appendEvents(event("a", 0, "before"));

        engine.appendCommits(List.of(List.of(event("b", 0, "b0"), event("b", 1, "b1")),
                                     List.of(event("c", 0, "c0")),
                                     List.of(event("a", 1, "a1"))));

        List<TrackedEventMessage<?>> tracked = readFrom(engine, null);
        assertThat(texts(tracked)).containsExactly("before", "b0", "b1", "c0", "a1");
        assertThat(tracked).extracting(MongoEventStorageEngineTest::position).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(engine.readEvents("a").asStream().map(e -> Noted.textOf(e.getPayload())).toList())
                .containsExactly("before", "a1");
        assertThat(engine.headPosition()).isEqualTo(5);
    }

    @Test
    void aBatchOfCommitsStopsAtATakenSequenceNumberKeepingThoseBefore() {
        engine.appendEvents(event("a", 0, "first"));

        assertThatThrownBy(() -> engine.appendCommits(List.of(List.of(event("b", 0, "b0")),
                                                              List.of(event("a", 0, "again")),
                                                              List.of(event("c", 0, "c0")))))
                .isInstanceOf(RuntimeException.class);

        assertThat(texts(readFrom(engine, null))).containsExactly("first", "b0");
    }

    @Test
    void anAggregateLongerThanOneBatchIsReadWhole() {
        for (int sequence = 0; sequence < 250; sequence++) {
            engine.appendEvents(event("long", sequence, "n" + sequence));
        }

        assertThat(engine.readEvents("long").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(Long::valueOf).toList());
    }

    @Test
    void payloadAndMetaDataAreStoredAsReadableDocuments() {
        engine.appendEvents(event("a", 0, "readable"));

        Document commit = events().find().first();
        Document entry = commit.getList("events", Document.class).get(0);
        assertThat(entry.get("payload", Document.class).getString("reason")).isEqualTo("readable");
        assertThat(entry.get("payload", Document.class).getString("occurredAt")).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(entry.get("metaData", Document.class).getString("recordedBy")).isEqualTo("tester");
        assertThat(commit.getString("ledgerId")).isEqualTo("ledger-1");
        assertThat(entry.getString("payloadType")).isEqualTo(ContactArchived.class.getName());
    }

    @Test
    void aCommitIsStoredAllOrNothing() {
        engine.appendEvents(event("a", 0, "first"));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 1, "new"), event("a", 0, "clash")))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("a").asStream().map(e -> Noted.textOf(e.getPayload())).toList())
                .containsExactly("first");
        assertThat(texts(readFrom(engine, null))).containsExactly("first");
    }

    @Test
    void ofConcurrentAppendsAtOneSequenceExactlyOneWins() throws Exception {
        engine.appendEvents(event("a", 0, "created"));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String text = "writer-" + writer;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    engine.appendEvents(event("a", 1, text));
                    return true;
                } catch (ConcurrencyException lost) {
                    return false;
                }
            }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> outcome : outcomes) {
            winners += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L);
        engine.appendEvents(event("a", 2, "next"));
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(3);
    }

    @Test
    void reusingAnAggregateIdentifierForANewAggregateIsRefused() {
        engine.appendEvents(event("a", 0, "first"));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, "again")))
                .isInstanceOf(org.axonframework.modelling.command.AggregateStreamCreationException.class);
    }

    @Test
    void aTrackingReaderSeesEveryEventOnceWhileManyThreadsAppend() throws Exception {
        int writers = 4;
        int perWriter = 300;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String aggregate = "writer-" + writer;
            done.add(pool.submit(() -> {
                for (int sequence = 0; sequence < perWriter; sequence++) {
                    engine.appendEvents(event(aggregate, sequence, aggregate + "#" + sequence));
                }
            }));
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new ArrayList<>();
        TrackingToken token = null;
        long lastIndex = 0;
        while (seen.size() < writers * perWriter) {
            for (TrackedEventMessage<?> event : readFrom(engine, token)) {
                String text = Noted.textOf(event.getPayload());
                if (!seen.add(text)) {
                    duplicates.add(text);
                }
                token = event.trackingToken();
                assertThat(position(event)).as("each event after the one before, at its own position")
                                           .isGreaterThan(lastIndex);
                lastIndex = position(event);
            }
            if (done.stream().allMatch(Future::isDone) && readFrom(engine, token).isEmpty()
                    && seen.size() < writers * perWriter) {
                break;
            }
        }
        for (Future<?> writer : done) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        pool.shutdown();

        assertThat(duplicates).isEmpty();
        assertThat(seen).hasSize(writers * perWriter);
        assertThat(readFrom(engine, token)).isEmpty();
    }

    @Test
    void aReaderWaitsForAPositionInFlightAndTakesTheEventsInTheirOrder() {
        engine.appendEvents(event("a", 0, "one"));
        long inFlight = allocateWithoutWriting();
        engine.appendEvents(event("b", 0, "three"));

        List<TrackedEventMessage<?>> first = readFrom(engine, null);
        assertThat(texts(first)).containsExactly("one");

        writeLateCommit(inFlight, "c", "two");
        List<TrackedEventMessage<?>> rest = readFrom(engine, first.get(0).trackingToken());
        assertThat(texts(rest)).containsExactly("two", "three");
        assertThat(position(rest.get(0))).isEqualTo(inFlight);
        assertThat(position(rest.get(1))).isEqualTo(inFlight + 1);
        assertThat(((GapAwareTrackingToken) rest.get(1).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void aGapThatFillsAfterTheHoldBackIsDeliveredOnce() {
        engine.appendEvents(event("a", 0, "one"));
        long inFlight = allocateWithoutWriting();
        engine.appendEvents(event("b", 0, "three"));
        List<TrackedEventMessage<?>> before = readFrom(engine, null);
        assertThat(texts(before)).containsExactly("one");

        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(3));
        List<TrackedEventMessage<?>> first = readFrom(engine, before.get(0).trackingToken());
        assertThat(texts(first)).containsExactly("three");
        GapAwareTrackingToken afterThree = (GapAwareTrackingToken) first.get(0).trackingToken();
        assertThat(afterThree.getGaps()).containsExactly(inFlight);

        writeLateCommit(inFlight, "c", "two");

        List<TrackedEventMessage<?>> late = readFrom(engine, afterThree);
        assertThat(texts(late)).containsExactly("two");
        GapAwareTrackingToken afterTwo = (GapAwareTrackingToken) late.get(0).trackingToken();
        assertThat(afterTwo.getGaps()).isEmpty();
        assertThat(afterTwo.getIndex()).isEqualTo(afterThree.getIndex());
        assertThat(readFrom(engine, afterTwo)).isEmpty();
    }

    @Test
    void aGapThatNeverFillsIsDroppedAfterTheGapTimeout() {
        MongoEventStorageEngine store = engine(builder -> builder.gapTimeout(Duration.ofSeconds(60))
                                                                 .holdBack(Duration.ZERO));
        store.appendEvents(event("a", 0, "one"));
        long abandoned = allocateWithoutWriting();
        store.appendEvents(event("b", 0, "three"));
        List<TrackedEventMessage<?>> first = readFrom(store, null);
        TrackingToken afterThree = first.get(1).trackingToken();
        assertThat(((GapAwareTrackingToken) afterThree).getGaps()).containsExactly(abandoned);
        assertThat(readFrom(store, afterThree)).isEmpty();

        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        store.appendEvents(event("c", 0, "four"));

        List<TrackedEventMessage<?>> next = readFrom(store, afterThree);
        assertThat(texts(next)).containsExactly("four");
        assertThat(((GapAwareTrackingToken) next.get(0).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void aReaderLooksPastAWholeWindowOfAbandonedPositions() {
        MongoEventStorageEngine store = engine(builder -> builder.trackingWindow(10).holdBack(Duration.ZERO));
        store.appendEvents(event("a", 0, "before"));
        for (int abandoned = 0; abandoned < 25; abandoned++) {
            allocateWithoutWriting();
        }
        store.appendEvents(event("b", 0, "after"));

        List<TrackedEventMessage<?>> first = readFrom(store, null);
        List<TrackedEventMessage<?>> rest = readFrom(store, first.get(0).trackingToken());

        assertThat(texts(first).get(0)).isEqualTo("before");
        assertThat(texts(first.size() > 1 ? first : rest)).contains("after");
    }

    @Test
    void aMultiEventCommitIsTrackedEventByEventAndFromItsMiddle() {
        engine.appendEvents(event("a", 0, "one"), event("a", 1, "two"), event("a", 2, "three"));
        engine.appendEvents(event("b", 0, "four"));

        List<TrackedEventMessage<?>> all = readFrom(engine, null);
        assertThat(texts(all)).containsExactly("one", "two", "three", "four");
        assertThat(all).extracting(MongoEventStorageEngineTest::position).containsExactly(1L, 2L, 3L, 4L);

        assertThat(texts(readFrom(engine, all.get(0).trackingToken()))).containsExactly("two", "three", "four");
    }

    @Test
    void aReaderFarBehindTheHeadStreamsEverythingInPositionOrder() {
        MongoEventStorageEngine store = engine(builder -> builder.trackingWindow(5));
        for (int i = 0; i < 120; i++) {
            store.appendEvents(event("agg-" + (i % 7), i / 7, "e" + i));
        }

        List<TrackedEventMessage<?>> all = readFrom(store, null);
        List<TrackedEventMessage<?>> fromMiddle = readFrom(store, all.get(9).trackingToken());

        assertThat(all).extracting(MongoEventStorageEngineTest::position)
                       .containsExactlyElementsOf(IntStream.rangeClosed(1, 120).mapToObj(Long::valueOf).toList());
        assertThat(texts(fromMiddle)).hasSize(110).first().isEqualTo("e10");
    }

    @Test
    void headAndTimeTokensPointBetweenEvents() {
        assertThat(engine.createHeadToken()).isNull();
        Instant start = Instant.now();
        engine.appendEvents(event("a", 0, "one"));
        GenericEventMessage.clock = Clock.fixed(start.plusSeconds(3600), ZoneOffset.UTC);
        engine.appendEvents(event("a", 1, "two"));

        assertThat(readFrom(engine, engine.createHeadToken())).isEmpty();
        assertThat(texts(readFrom(engine, engine.createTokenAt(start.plusSeconds(1800))))).containsExactly("two");
        assertThat(texts(readFrom(engine, engine.createTokenAt(start.minusSeconds(1))))).containsExactly("one", "two");
    }

    @Test
    void theLatestSnapshotIsReadBackAndEventsAfterIt() {
        for (int sequence = 0; sequence < 6; sequence++) {
            engine.appendEvents(event("a", sequence, "n" + sequence));
        }
        engine.storeSnapshot(new GenericDomainEventMessage<>("Note", "a", 3, Noted.of("state@3")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Note", "a", 4, Noted.of("state@4")));

        DomainEventMessage<?> snapshot = engine.readSnapshot("a").orElseThrow();

        assertThat(snapshot.getSequenceNumber()).isEqualTo(4);
        assertThat(snapshot.getPayload()).isEqualTo(Noted.of("state@4"));
        assertThat(engine.readEvents("a", 5).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(5L);
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void aSnapshotIsLookedForOnlyWhereOneWasStored() {
        try (CountedDatabase counted = CountedDatabase.create()) {
            MongoEventStorageEngine store = counted.eventStore();
            store.appendEvents(event("a", 0, "one"), event("a", 1, "two"));
            counted.roundTrips().reset();

            assertThat(store.readSnapshot("a")).isEmpty();
            assertThat(counted.roundTrips().of("find", StorageCollections.SNAPSHOTS)).isZero();

            store.storeSnapshot(new GenericDomainEventMessage<>("Note", "a", 1, Noted.of("state@1")));
            assertThat(store.readSnapshot("a")).isPresent();
            assertThat(counted.roundTrips().of("find", StorageCollections.SNAPSHOTS)).isEqualTo(1);
            assertThat(counted.eventStore().readSnapshot("a")).as("after a restart").isPresent();
        }
    }

    @Test
    void aCommandsAppendsWaitForTheJournalOnceWhenItsUnitOfWorkCommitsAndAnAppendAloneAtOnce() {
        try (CountedDatabase counted = CountedDatabase.create()) {
            MongoEventStorageEngine store = counted.eventStore();
            counted.roundTrips().reset();
            DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
            store.appendEvents(event("a", 0, "one"));
            store.appendEvents(event("b", 0, "two"));
            assertThat(counted.roundTrips().journaled()).as("before the command commits").isZero();

            command.commit();
            assertThat(counted.roundTrips().journaled()).as("once the command has committed").isEqualTo(1);

            store.appendEvents(event("c", 0, "three"));
            assertThat(counted.roundTrips().journaled()).as("after an append outside a unit of work").isEqualTo(2);
            assertThat(texts(readFrom(store, null))).containsExactly("one", "two", "three");
        }
    }

    @Test
    void aTrackedStreamAsksForTheHeadOnceItHasReadUpToIt() {
        try (CountedDatabase counted = CountedDatabase.create()) {
            MongoEventStorageEngine store = counted.eventStore();
            store.appendEvents(event("a", 0, "one"));
            store.appendEvents(event("b", 0, "two"));
            counted.roundTrips().reset();

            List<TrackedEventMessage<?>> read = readFrom(store, null);
            assertThat(texts(read)).containsExactly("one", "two");
            assertThat(counted.roundTrips().of("find", StorageCollections.SEQUENCES)).isEqualTo(1);
            assertThat(counted.roundTrips().of("find", StorageCollections.EVENTS)).isEqualTo(1);

            counted.roundTrips().reset();
            assertThat(readFrom(store, read.get(1).trackingToken())).isEmpty();
            assertThat(counted.roundTrips().counts()).containsOnlyKeys("find " + StorageCollections.SEQUENCES);
        }
    }

    @Test
    void aReaderSeesWhatAnotherNodeAppendedSinceItLastLooked() {
        MongoEventStorageEngine other = engine(builder -> builder);
        engine.appendEvents(event("a", 0, "here"));
        TrackingToken afterHere = readFrom(engine, null).get(0).trackingToken();

        other.appendEvents(event("b", 0, "there"));

        assertThat(texts(readFrom(engine, afterHere))).containsExactly("there");
    }

    @Test
    void concurrentAppendsShareAllocationsAndLeaveNoPositionUnused() throws Exception {
        int writers = 8;
        int perWriter = 50;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int writer = 0; writer < writers; writer++) {
            String aggregate = "writer-" + writer;
            done.add(pool.submit(() -> {
                start.await();
                for (int sequence = 0; sequence < perWriter; sequence++) {
                    engine.appendEvents(event(aggregate, sequence, aggregate + "#" + sequence));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : done) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(engine.headPosition()).isEqualTo(writers * perWriter);
        assertThat(readFrom(engine, null)).extracting(MongoEventStorageEngineTest::position)
                                           .containsExactlyElementsOf(
                                                   IntStream.rangeClosed(1, writers * perWriter).asLongStream()
                                                            .boxed().toList());
    }

    @Test
    void historySurvivesARestartAndPositionsContinue() {
        engine.appendEvents(event("a", 0, "one"), event("a", 1, "two"));
        database.close();
        database = TestDatabase.open(database.dataDirectory(), database.name());
        engine = engine(builder -> builder);

        engine.appendEvents(event("a", 2, "three"));

        List<TrackedEventMessage<?>> all = readFrom(engine, null);
        assertThat(texts(all)).containsExactly("one", "two", "three");
        assertThat(all).extracting(MongoEventStorageEngineTest::position).containsExactly(1L, 2L, 3L);
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(3);
    }

    /** What a writer that took a position and has not yet written (or died) leaves behind. */
    private long allocateWithoutWriting() {
        Document counter = database.connection().database().getCollection(StorageCollections.SEQUENCES)
                                   .findOneAndUpdate(Filters.eq("_id", MongoEventStorageEngine.EVENTS_COUNTER),
                                                     Updates.inc("value", 1L),
                                                     new FindOneAndUpdateOptions().returnDocument(
                                                             com.mongodb.client.model.ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    /** Writes, at {@code position}, the commit a slow writer would have written there. */
    private void writeLateCommit(long position, String aggregate, String text) {
        MongoEventStorageEngine scratch = engine(builder -> builder);
        MongoCollection<Document> events = events();
        Set<Long> before = new HashSet<>();
        events.find().forEach(commit -> before.add(commit.getLong("_id")));
        scratch.appendEvents(event(aggregate, 0, text));
        Document written = events.find(Filters.nin("_id", before)).first();
        events.deleteOne(Filters.eq("_id", written.getLong("_id")));
        events.insertOne(written.append("_id", position));
        database.connection().database().getCollection(StorageCollections.SEQUENCES)
                .updateOne(Filters.eq("_id", MongoEventStorageEngine.EVENTS_COUNTER), Updates.inc("value", -1L));
    }
}
