package goodwill.storage;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.ascending;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Axon's event store on the MongoDB Java driver, built the way Axon's JDBC engine is: every event has a
 * dense, global, increasing <em>position</em>, and processors track it with a {@link GapAwareTrackingToken}.
 *
 * <h2>Layout</h2>
 * One document per commit (the events one unit of work appended for one aggregate), so a commit is stored
 * all-or-nothing on any MongoDB, without multi-document transactions:
 * <pre>
 * { _id: 42,                          // position of the commit's last event; the first is _id - events.size + 1
 *   keys: ["favor-1/0", "favor-1/1"], // aggregate id + sequence number of each event: unique, the concurrency guard
 *   aggregateIdentifier, aggregateType, ledgerId, timestamp,
 *   events: [ { eventIdentifier, sequenceNumber, timestamp, payloadType, payloadRevision, payload: {…}, metaData: {…} } ] }
 * </pre>
 * Payload and metadata are Jackson-serialized and stored as BSON documents, readable in any Mongo tool.
 * Positions come from a counter document ({@code $inc} by the commit's size; appends waiting at once share
 * one), so an append costs two round trips at most. A position whose commit failed is never filled; the token
 * carries it as a gap until it is older than the gap timeout.
 * <p>
 * <b>Readers take the events in the order of their positions.</b> Concurrent appends insert their commits in
 * any order, so a reader may find position 139 stored while 138 is still in flight. It stops before the missing
 * position until that has been missing for the {@linkplain Builder#holdBack hold-back} (milliseconds, normally:
 * the append inserts right after it allocated), and only then goes past it, leaving it a gap. So every processor
 * handles the events in the same order as a replay does, and an event's token has the event's own position:
 * a read model built live is the one a replay builds. Positions are not reserved ahead in blocks: a
 * block's last positions, written minutes later by a quiet node, would come after other nodes' readers had
 * given up on them as gaps, and the counter would no longer be the head that processors and the bench
 * compare with.
 *
 * <h2>Why every hot query is a lookup by unique key</h2>
 * The embedded server (mongo-java-server) uses an index only for equality or {@code $in} on all keys of a
 * unique index; a range or a sort scans the collection. So the tail is read as
 * {@code _id $in [k+1 … k+window] ∪ gaps}, and an aggregate as {@code keys $in [id/s … id/s+batch-1]}:
 * index lookups there and on real MongoDB alike, with missing positions being exactly the gaps. A
 * processor far behind the head (a replay) instead streams one cursor sorted by {@code _id}: one scan of
 * the collection beats many windowed lookups there.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    static final String EVENTS_COUNTER = "events";
    /** The document of {@link #sequences} that a command's closing journaled write counts in. */
    private static final String JOURNAL = "journal";
    private static final String JOURNALED_AT_COMMIT = MongoEventStorageEngine.class.getName() + ".journaledAtCommit";

    private final MongoCollection<Document> events;
    /** The events collection as a command appends to it: acknowledged as applied, made durable at its commit. */
    private final MongoCollection<Document> eventsInCommand;
    private final MongoCollection<Document> snapshots;
    private final MongoCollection<Document> sequences;
    private final ObjectMapper json;
    private final Function<EventMessage<?>, String> ledgerIdOf;
    private final Duration gapTimeout;
    private final Duration holdBack;
    private final int trackingWindow;
    private final int maxGapOffset;
    private final Map<Long, Instant> gapsFirstSeen = new ConcurrentHashMap<>();
    /**
     * The aggregates with a snapshot, as far as this node knows: those stored when it started, and those it
     * stored since. Only they are looked for in the snapshot collection, so loading the many aggregates that
     * never have one (no trigger, or too few events) costs no probe. An aggregate whose snapshot another node
     * stored since is loaded from its events, which gives the same state, and is then snapshotted here too.
     */
    private final Set<String> snapshotted = ConcurrentHashMap.newKeySet();
    private final Queue<Allocation> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock allocating = new ReentrantLock();
    /**
     * The highest head this node has read or allocated: where a tracked stream's first lookup stops, instead of
     * asking the counter again. A stream reads the counter itself before it ends, so nothing appended elsewhere
     * since is missed.
     */
    private final AtomicLong headSeen = new AtomicLong();

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.events = database.getCollection(StorageCollections.EVENTS);
        this.eventsInCommand = events.withWriteConcern(WriteConcerns.IN_COMMAND);
        this.snapshots = database.getCollection(StorageCollections.SNAPSHOTS);
        this.sequences = database.getCollection(StorageCollections.SEQUENCES);
        this.json = builder.json;
        this.ledgerIdOf = builder.ledgerIdOf;
        this.gapTimeout = builder.gapTimeout;
        this.holdBack = builder.holdBack;
        this.trackingWindow = builder.trackingWindow;
        this.maxGapOffset = builder.maxGapOffset;
        ensureIndexes();
        snapshots.find().projection(Projections.include(Field.ID))
                 .forEach(snapshot -> snapshotted.add(snapshot.getString(Field.ID)));
    }

    public static Builder builder() {
        return new Builder();
    }

    private void ensureIndexes() {
        events.createIndex(Indexes.ascending(Field.KEYS), new IndexOptions().unique(true).name("aggregate_sequence"));
        events.createIndex(Indexes.ascending(Field.EVENTS + "." + Field.EVENT_IDENTIFIER),
                           new IndexOptions().unique(true).name("event_identifier"));
    }

    // ---------------------------------------------------------------------------------------------- writing

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        EventMessage<?> first = messages.get(0);
        oneAggregate(messages);
        long last = allocatePositions(messages.size());
        try {
            eventsForThisAppend().insertOne(commit(messages, last, serializer));
        } catch (MongoWriteException e) {
            handlePersistenceException(e, first);
        }
    }

    /**
     * The events collection as an append writes to it. In a unit of work that has yet to commit (a command's), the
     * commit is inserted {@linkplain WriteConcerns#IN_COMMAND unjournaled} and the unit's commit ends with one
     * journaled write ({@link #journalCommand}), after the command side's own writes of the same events: a command
     * waits for one commit to the file instead of one for its append and another for its lookups. Outside one, the
     * insert is journaled itself.
     */
    private MongoCollection<Document> eventsForThisAppend() {
        if (!CurrentUnitOfWork.isStarted()) {
            return events;
        }
        UnitOfWork<?> command = CurrentUnitOfWork.get().root();
        if (command.phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT)) {
            return events;
        }
        if (command.resources().putIfAbsent(JOURNALED_AT_COMMIT, Boolean.TRUE) == null) {
            command.onCommit(unit -> journalCommand());
        }
        return eventsInCommand;
    }

    /**
     * A journaled write, acknowledged once every write acknowledged before it is durable too (a journal is written
     * in order: on the embedded server it is one commit of the file, on MongoDB a journaled or majority write).
     */
    private void journalCommand() {
        sequences.withWriteConcern(WriteConcerns.RECORDED)
                 .updateOne(eq(Field.ID, JOURNAL), Updates.inc(Field.VALUE, 1L), new UpdateOptions().upsert(true));
    }

    /**
     * Appends the commits of many aggregates with one round trip for their positions and one
     * {@code insertMany}: for imports and the bench, which would otherwise pay two round trips per commit.
     * Each inner list is one commit, the events of one aggregate in sequence order, stored as
     * {@link #appendEvents} stores it. Nothing is published to subscribers; tracking processors read them from
     * the store. The inserts are ordered: if one fails (an aggregate's sequence number taken already), the
     * commits before it are stored, the positions of the rest stay gaps, and the failure is thrown.
     */
    public void appendCommits(List<? extends List<? extends EventMessage<?>>> commits) {
        int total = commits.stream().mapToInt(List::size).sum();
        if (total == 0) {
            return;
        }
        long position = allocatePositions(total) - total;
        List<Document> documents = new ArrayList<>(commits.size());
        for (List<? extends EventMessage<?>> messages : commits) {
            if (messages.isEmpty()) {
                continue;
            }
            oneAggregate(messages);
            position += messages.size();
            documents.add(commit(messages, position, getEventSerializer()));
        }
        events.insertMany(documents, new InsertManyOptions().ordered(true));
    }

    private static void oneAggregate(List<? extends EventMessage<?>> messages) {
        String aggregateIdentifier = aggregateIdentifierOf(messages.get(0));
        for (EventMessage<?> message : messages) {
            if (!Objects.equals(aggregateIdentifierOf(message), aggregateIdentifier)) {
                throw new IllegalArgumentException(
                        "One commit stores the events of one aggregate, so that it is stored all-or-nothing; got events of "
                                + aggregateIdentifier + " and " + aggregateIdentifierOf(message));
            }
        }
    }

    /** The commit document of one aggregate's events, the last of them at position {@code last}. */
    private Document commit(List<? extends EventMessage<?>> messages, long last, Serializer serializer) {
        EventMessage<?> first = messages.get(0);
        List<Document> entries = new ArrayList<>(messages.size());
        List<String> keys = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            entries.add(entry(message, serializer));
            keys.add(message instanceof DomainEventMessage<?> domain
                             ? key(domain.getAggregateIdentifier(), domain.getSequenceNumber())
                             : message.getIdentifier());
        }
        return new Document(Field.ID, last)
                .append(Field.KEYS, keys)
                .append(Field.AGGREGATE_IDENTIFIER, aggregateIdentifierOf(first))
                .append(Field.AGGREGATE_TYPE, first instanceof DomainEventMessage<?> domain ? domain.getType() : null)
                .append(Field.LEDGER_ID, ledgerIdOf.apply(first))
                .append(Field.TIMESTAMP, Date.from(first.getTimestamp()))
                .append(Field.EVENTS, entries);
    }

    private Document entry(EventMessage<?> message, Serializer serializer) {
        SerializedObject<JsonNode> payload = message.serializePayload(serializer, JsonNode.class);
        SerializedObject<JsonNode> metaData = message.serializeMetaData(serializer, JsonNode.class);
        return new Document(Field.EVENT_IDENTIFIER, message.getIdentifier())
                .append(Field.SEQUENCE_NUMBER,
                        message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L)
                .append(Field.TIMESTAMP, Date.from(message.getTimestamp()))
                .append(Field.PAYLOAD_TYPE, payload.getType().getName())
                .append(Field.PAYLOAD_REVISION, payload.getType().getRevision())
                .append(Field.PAYLOAD, json.convertValue(payload.getData(), Document.class))
                .append(Field.META_DATA, json.convertValue(metaData.getData(), Document.class));
    }

    /**
     * Reserves {@code count} consecutive positions and answers the last. Appends that wait for their turn
     * meanwhile are served together: the first to get it reserves the positions of every append waiting, with
     * one {@code $inc}. Each of them inserts its commit right after, so the counter stays the head: no
     * position is held back for later. The counter is derived data: the journaled commit insert that follows
     * makes it durable too.
     */
    private long allocatePositions(int count) {
        Allocation mine = new Allocation(count);
        waiting.add(mine);
        allocating.lock();
        try {
            if (mine.last == 0 && mine.failure == null) {
                List<Allocation> turn = new ArrayList<>();
                for (Allocation next = waiting.poll(); next != null; next = waiting.poll()) {
                    turn.add(next);
                }
                int total = turn.stream().mapToInt(Allocation::count).sum();
                try {
                    long position = incrementCounter(total) - total;
                    for (Allocation allocation : turn) {
                        position += allocation.count();
                        allocation.last = position;
                    }
                } catch (RuntimeException e) {
                    turn.forEach(allocation -> allocation.failure = e);
                }
            }
            if (mine.failure != null) {
                throw mine.failure;
            }
            return mine.last;
        } finally {
            allocating.unlock();
        }
    }

    private long incrementCounter(int count) {
        Document counter = sequences.withWriteConcern(WriteConcerns.DERIVED).findOneAndUpdate(
                eq(Field.ID, EVENTS_COUNTER),
                Updates.inc(Field.VALUE, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return seen(((Number) Objects.requireNonNull(counter).get(Field.VALUE)).longValue());
    }

    /** One append's request for positions; its answer is written and read under {@link #allocating}. */
    private static final class Allocation {

        private final int count;
        private long last;
        private RuntimeException failure;

        Allocation(int count) {
            this.count = count;
        }

        int count() {
            return count;
        }
    }

    /** The position of the last allocated event (0 for an empty store). */
    public long headPosition() {
        Document counter = sequences.find(eq(Field.ID, EVENTS_COUNTER)).first();
        return seen(counter == null ? 0 : ((Number) counter.get(Field.VALUE)).longValue());
    }

    private long seen(long head) {
        headSeen.accumulateAndGet(head, Math::max);
        return head;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document entry = entry(snapshot, serializer)
                .append(Field.ID, snapshot.getAggregateIdentifier())
                .append(Field.AGGREGATE_IDENTIFIER, snapshot.getAggregateIdentifier())
                .append(Field.AGGREGATE_TYPE, snapshot.getType());
        // A snapshot is derived data: the newest replaces the one before, keyed by aggregate.
        snapshots.replaceOne(eq(Field.ID, snapshot.getAggregateIdentifier()), entry, new ReplaceOptions().upsert(true));
        snapshotted.add(snapshot.getAggregateIdentifier());
    }

    // ---------------------------------------------------------------------------------------------- aggregates

    /**
     * Reads an aggregate in windows of sequence numbers that start small and double up to the batch size:
     * most aggregates hold a few events, and on the embedded server every key of an {@code $in} costs an
     * index lookup, found or not.
     */
    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        AggregateStream stream = new AggregateStream(aggregateIdentifier, firstSequenceNumber);
        return StreamSupport.stream(stream, false);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber,
                                                                   int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                                      .mapToObj(sequence -> key(aggregateIdentifier, sequence))
                                      .toList();
        List<StoredEventData> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Document commit : events.find(in(Field.KEYS, keys))) {
            if (!seen.add(commit.getLong(Field.ID))) {
                continue; // the embedded server may answer a multikey $in with one document per matching key
            }
            for (Document entry : entries(commit)) {
                if (entry.getLong(Field.SEQUENCE_NUMBER) >= firstSequenceNumber) {
                    found.add(eventData(commit, entry));
                }
            }
        }
        found.sort(Comparator.comparingLong(StoredEventData::getSequenceNumber));
        return found;
    }

    private final class AggregateStream extends Spliterators.AbstractSpliterator<DomainEventData<?>> {

        private static final int FIRST_WINDOW = 8;

        private final String aggregateIdentifier;
        private long next;
        private int window = FIRST_WINDOW;
        private Iterator<? extends DomainEventData<?>> batch = Collections.emptyIterator();
        private boolean exhausted;

        AggregateStream(String aggregateIdentifier, long firstSequenceNumber) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.aggregateIdentifier = aggregateIdentifier;
            this.next = firstSequenceNumber;
        }

        @Override
        public boolean tryAdvance(Consumer<? super DomainEventData<?>> action) {
            if (!batch.hasNext()) {
                if (exhausted) {
                    return false;
                }
                List<? extends DomainEventData<?>> found = fetchDomainEvents(aggregateIdentifier, next, window);
                exhausted = found.size() < window;
                window = Math.min(window * 2, Math.max(FIRST_WINDOW, batchSize()));
                batch = found.iterator();
                if (!batch.hasNext()) {
                    return false;
                }
            }
            DomainEventData<?> event = batch.next();
            next = event.getSequenceNumber() + 1;
            action.accept(event);
            return true;
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        if (!snapshotted.contains(aggregateIdentifier)) {
            return Stream.empty();
        }
        Document snapshot = snapshots.find(eq(Field.ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(eventData(snapshot, snapshot));
    }

    // ---------------------------------------------------------------------------------------------- tracking

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        GapAwareTrackingToken token = gapAware(trackingToken);
        long index = token == null ? 0 : token.getIndex();
        long head = headSeen.get() > 0 ? headSeen.get() : headPosition();
        boolean farBehind = head - index > Math.max(10L * trackingWindow, head / 4);
        TrackedStream stream = new TrackedStream(token, head, farBehind);
        return StreamSupport.stream(stream, false).onClose(stream::close);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return fetchTrackedEvents(gapAware(lastToken), headPosition());
    }

    /** The events after the token (its gaps included) up to the given head, in windows of positions. */
    private List<TrackedEventData<?>> fetchTrackedEvents(GapAwareTrackingToken lastToken, long head) {
        GapAwareTrackingToken token = withExpiredGapsDropped(lastToken);
        long index = token == null ? 0 : token.getIndex();
        Set<Long> gaps = token == null ? Set.of() : token.getGaps();
        long from = index + 1;
        while (true) {
            // Positions past the head do not exist yet: asking for them would only cost index lookups.
            long to = Math.min(from + trackingWindow - 1, head);
            if (to < from && gaps.isEmpty()) {
                return List.of();
            }
            List<Long> ids = new ArrayList<>(gaps);
            LongStream.rangeClosed(from, to).forEach(ids::add);
            List<Document> commits = events.find(in(Field.ID, ids)).into(new ArrayList<>());
            commits.sort(Comparator.comparingLong(commit -> commit.getLong(Field.ID)));
            List<Document> inOrder = beforeAPositionInFlight(index, commits);
            List<TrackedEventData<?>> batch = track(token, inOrder);
            if (!batch.isEmpty() || to >= head || inOrder.size() < commits.size()) {
                return batch;
            }
            // A whole window of positions whose commits failed or are still in flight: look further ahead.
            from = to + 1;
            gaps = Set.of();
        }
    }

    /** The events of the given commits (sorted by position) that follow the token, each with its own token. */
    private List<TrackedEventData<?>> track(GapAwareTrackingToken token, List<Document> commits) {
        List<TrackedEventData<?>> tracked = new ArrayList<>();
        GapAwareTrackingToken previous = token;
        for (Document commit : commits) {
            previous = track(previous, commit, tracked::add);
        }
        return tracked;
    }

    private GapAwareTrackingToken track(GapAwareTrackingToken token, Document commit,
                                        Consumer<TrackedEventData<?>> sink) {
        List<Document> entries = entries(commit);
        long position = commit.getLong(Field.ID) - entries.size();
        GapAwareTrackingToken previous = token;
        for (Document entry : entries) {
            position++;
            if (previous == null || position > previous.getIndex() || previous.getGaps().contains(position)) {
                StoredEventData data = eventData(commit, entry);
                previous = advance(previous, position, data.getTimestamp());
                sink.accept(new TrackedDomainEventData<>(previous, data));
            }
        }
        return previous;
    }

    private GapAwareTrackingToken advance(GapAwareTrackingToken previous, long position, Instant timestamp) {
        boolean allowGaps = timestamp.isAfter(clock().instant().minus(gapTimeout));
        if (previous == null) {
            SortedSet<Long> gaps = allowGaps
                    ? LongStream.range(Math.max(1, position - maxGapOffset), position).boxed()
                                .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet();
            return GapAwareTrackingToken.newInstance(position, gaps);
        }
        return previous.advanceTo(position, allowGaps ? maxGapOffset : 0);
    }

    /**
     * The commits (sorted by position) up to the first one that follows a position still in flight: missing for
     * less than the hold-back. The token's gaps, filled late, come below {@code index} and are always taken.
     */
    private List<Document> beforeAPositionInFlight(long index, List<Document> commits) {
        long expected = index + 1;
        for (int i = 0; i < commits.size(); i++) {
            long last = commits.get(i).getLong(Field.ID);
            if (last <= index) {
                continue;
            }
            long first = last - entries(commits.get(i)).size() + 1;
            Instant stored = commits.get(i).getDate(Field.TIMESTAMP).toInstant();
            if (first > expected && inFlight(expected, first - 1, stored)) {
                return commits.subList(0, i);
            }
            expected = last + 1;
        }
        return commits;
    }

    /**
     * Whether any of these missing positions, below a commit of {@code after}, may still be in flight: first seen
     * missing less than the hold-back ago, in recent history (a replay of older events does not wait for the
     * positions of appends that failed long ago).
     */
    private boolean inFlight(long from, long to, Instant after) {
        Instant now = clock().instant();
        if (after.plus(gapTimeout).isBefore(now)) {
            return false;
        }
        if (gapsFirstSeen.size() > maxGapOffset) {
            forgetGapsSeenBefore(now.minus(gapTimeout.multipliedBy(2)));
        }
        boolean inFlight = false;
        for (long position = from; position <= to && !inFlight; position++) {
            inFlight = gapsFirstSeen.computeIfAbsent(position, missing -> now).plus(holdBack).isAfter(now);
        }
        return inFlight;
    }

    /**
     * Drops the gaps that have stayed unfilled for longer than the gap timeout since this node first saw
     * them: their commits failed, or their writer died. Gaps are filled in the order they were opened, so
     * everything below the oldest gap still within its timeout can go.
     */
    private GapAwareTrackingToken withExpiredGapsDropped(GapAwareTrackingToken token) {
        if (token == null || !token.hasGaps()) {
            return token;
        }
        Instant now = clock().instant();
        long keepFrom = token.getIndex();
        for (Long gap : token.getGaps()) {
            Instant firstSeen = gapsFirstSeen.computeIfAbsent(gap, g -> now);
            if (firstSeen.plus(gapTimeout).isAfter(now)) {
                keepFrom = gap;
                break;
            }
        }
        forgetGapsSeenBefore(now.minus(gapTimeout.multipliedBy(2)));
        return token.withGapsTruncatedAt(keepFrom);
    }

    private void forgetGapsSeenBefore(Instant before) {
        gapsFirstSeen.values().removeIf(firstSeen -> firstSeen.isBefore(before));
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = headPosition();
        return head == 0 ? null : GapAwareTrackingToken.newInstance(head, Collections.emptySortedSet());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        // Not a hot path: a scan on the embedded server, an index walk on real MongoDB.
        Document commit = events.find(gte(Field.TIMESTAMP, Date.from(dateTime))).sort(ascending(Field.ID)).first();
        if (commit == null) {
            return createHeadToken();
        }
        long before = commit.getLong(Field.ID) - entries(commit).size();
        return before == 0 ? null : GapAwareTrackingToken.newInstance(before, Collections.emptySortedSet());
    }

    /**
     * The tracked stream: first, when far behind the head, the token's gaps and then one cursor sorted by
     * position; after that (or straight away) windowed lookups by position until a window comes back empty.
     */
    private final class TrackedStream extends Spliterators.AbstractSpliterator<TrackedEventData<?>> {

        private GapAwareTrackingToken token;
        /** The head as last read: lookups stop there, and the counter is read again only once they reach it. */
        private long head;
        private MongoCursor<Document> cursor;
        private Iterator<? extends TrackedEventData<?>> batch = Collections.emptyIterator();
        private boolean exhausted;

        TrackedStream(GapAwareTrackingToken token, long head, boolean farBehind) {
            super(Long.MAX_VALUE, ORDERED | NONNULL);
            this.token = token;
            this.head = head;
            if (farBehind) {
                long index = token == null ? 0 : token.getIndex();
                if (token != null && token.hasGaps()) {
                    List<Document> filled = events.find(in(Field.ID, token.getGaps())).into(new ArrayList<>());
                    filled.sort(Comparator.comparingLong(commit -> commit.getLong(Field.ID)));
                    batch = track(token, filled).iterator();
                }
                cursor = events.find(gt(Field.ID, index)).sort(ascending(Field.ID)).batchSize(trackingWindow).cursor();
            }
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventData<?>> action) {
            while (!batch.hasNext()) {
                if (exhausted) {
                    return false;
                }
                if (cursor != null && cursor.hasNext()) {
                    Document commit = cursor.next();
                    if (beforeAPositionInFlight(token == null ? 0 : token.getIndex(), List.of(commit)).isEmpty()) {
                        close(); // the windowed lookups wait for the position in flight
                        continue;
                    }
                    List<TrackedEventData<?>> next = new ArrayList<>();
                    track(token, commit, next::add);
                    batch = next.iterator();
                } else {
                    close();
                    List<TrackedEventData<?>> next = fetchTrackedEvents(token, head);
                    if (next.isEmpty()) {
                        long now = headPosition();
                        if (now > head) {
                            head = now;
                            next = fetchTrackedEvents(token, head);
                        }
                    }
                    exhausted = next.isEmpty();
                    batch = next.iterator();
                }
            }
            TrackedEventData<?> event = batch.next();
            token = (GapAwareTrackingToken) event.trackingToken();
            action.accept(event);
            return true;
        }

        void close() {
            if (cursor != null) {
                cursor.close();
                cursor = null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static GapAwareTrackingToken gapAware(TrackingToken token) {
        if (token != null && !(token instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Expected a GapAwareTrackingToken, got " + token);
        }
        return (GapAwareTrackingToken) token;
    }

    private static Clock clock() {
        return GenericEventMessage.clock;
    }

    private static String aggregateIdentifierOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    static String key(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "/" + sequenceNumber;
    }

    @SuppressWarnings("unchecked")
    private static List<Document> entries(Document commit) {
        return (List<Document>) commit.get(Field.EVENTS);
    }

    private StoredEventData eventData(Document commit, Document entry) {
        return new StoredEventData(
                commit.getString(Field.AGGREGATE_TYPE),
                commit.getString(Field.AGGREGATE_IDENTIFIER),
                entry.getLong(Field.SEQUENCE_NUMBER),
                entry.getString(Field.EVENT_IDENTIFIER),
                entry.getDate(Field.TIMESTAMP).toInstant(),
                new SimpleSerializedObject<>(json.convertValue(entry.get(Field.PAYLOAD), JsonNode.class),
                                             JsonNode.class,
                                             new SimpleSerializedType(entry.getString(Field.PAYLOAD_TYPE),
                                                                      entry.getString(Field.PAYLOAD_REVISION))),
                new SerializedMetaData<>(json.convertValue(entry.get(Field.META_DATA), JsonNode.class),
                                         JsonNode.class));
    }

    /** Field names of the stored documents. */
    static final class Field {
        static final String ID = "_id";
        static final String VALUE = "value";
        static final String KEYS = "keys";
        static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
        static final String AGGREGATE_TYPE = "aggregateType";
        static final String LEDGER_ID = "ledgerId";
        static final String TIMESTAMP = "timestamp";
        static final String EVENTS = "events";
        static final String EVENT_IDENTIFIER = "eventIdentifier";
        static final String SEQUENCE_NUMBER = "sequenceNumber";
        static final String PAYLOAD_TYPE = "payloadType";
        static final String PAYLOAD_REVISION = "payloadRevision";
        static final String PAYLOAD = "payload";
        static final String META_DATA = "metaData";

        private Field() {
        }
    }

    /**
     * Builder of the engine. The database, the Jackson mapper behind the serializer and the serializer are
     * required; the ledger id of a commit is taken from its first event by {@link #ledgerIdOf(Function)}.
     */
    public static final class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private ObjectMapper json;
        private Function<EventMessage<?>, String> ledgerIdOf = message -> null;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Duration holdBack = Duration.ofSeconds(2);
        private int trackingWindow = 1000;
        private int maxGapOffset = 10_000;

        private Builder() {
            batchSize(100);
            persistenceExceptionResolver(exception -> exception instanceof MongoWriteException write
                    && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** The mapper of the serializer: it turns serialized trees into BSON documents and back. */
        public Builder json(ObjectMapper json) {
            this.json = json;
            return this;
        }

        public Builder ledgerIdOf(Function<EventMessage<?>, String> ledgerIdOf) {
            this.ledgerIdOf = ledgerIdOf;
            return this;
        }

        /** How long a position may stay unfilled before readers stop waiting for it. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /**
         * How long readers wait for a missing position (an append in flight) before they take the events after it,
         * leaving it a gap that may still fill until the gap timeout.
         */
        public Builder holdBack(Duration holdBack) {
            this.holdBack = holdBack;
            return this;
        }

        /** How many positions one tracking lookup asks for. */
        public Builder trackingWindow(int trackingWindow) {
            this.trackingWindow = trackingWindow;
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null || json == null) {
                throw new AxonConfigurationException("The MongoDB database and the serializer's ObjectMapper are required");
            }
            if (trackingWindow <= 0 || gapTimeout.isNegative() || holdBack.isNegative()) {
                throw new AxonConfigurationException("The tracking window must be positive, the gap timeout and the hold-back not negative");
            }
        }

        public MongoEventStorageEngine build() {
            return new MongoEventStorageEngine(this);
        }
    }

    /** One stored event (or snapshot) as Axon reads it, payload and metadata as JSON trees. */
    static final class StoredEventData implements DomainEventData<JsonNode> {

        private final String type;
        private final String aggregateIdentifier;
        private final long sequenceNumber;
        private final String eventIdentifier;
        private final Instant timestamp;
        private final SerializedObject<JsonNode> payload;
        private final SerializedObject<JsonNode> metaData;

        StoredEventData(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                        Instant timestamp, SerializedObject<JsonNode> payload, SerializedObject<JsonNode> metaData) {
            this.type = type;
            this.aggregateIdentifier = aggregateIdentifier;
            this.sequenceNumber = sequenceNumber;
            this.eventIdentifier = eventIdentifier;
            this.timestamp = timestamp;
            this.payload = payload;
            this.metaData = metaData;
        }

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<JsonNode> getMetaData() {
            return metaData;
        }

        @Override
        public SerializedObject<JsonNode> getPayload() {
            return payload;
        }
    }
}
