package goodwill.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.conversions.Bson;

/**
 * The documents of one read-model collection that a processor's batch of events changes: loaded by
 * {@code _id}, changed in memory, and written back together with one unordered {@code bulkWrite} of whole
 * document upserts when the batch's last event has been handled (see {@link FlushAtEndOfBatch}).
 * <p>
 * An event later in the batch sees what an earlier one changed. Writes replace whole documents by a
 * deterministic key, so a batch handled twice (after a crash, before its token was stored) writes the same
 * documents again. Outside a unit of work a change is written at once.
 */
public final class BatchedDocuments<T> implements Documents<T> {

    private static final String FLUSHERS = BatchedDocuments.class.getName();
    private static final AtomicLong MADE = new AtomicLong();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    /** Ids of one {@code $in}: a replay's batch of a thousand events names a few thousand. */
    private static final int LOOKED_UP_AT_ONCE = 1_000;

    private final MongoCollection<T> collection;
    private final Function<T, String> idOf;
    private final Function<EventMessage<?>, Stream<String>> lookedUp;
    private final String pendingKey;
    private final String readKey;
    /** When it was made, among all: what orders the writes at the end of a batch. */
    private final long made = MADE.incrementAndGet();

    public BatchedDocuments(MongoCollection<T> collection, Function<T, String> idOf) {
        this(collection, idOf, event -> Stream.empty());
    }

    /**
     * With {@code lookedUp}, the ids of the documents a handler will look for when it handles an event: the first
     * look-up of a batch loads those of every event of the batch with one query, instead of one query per event
     * (a replay's batch holds a thousand). An id it misses is looked for alone; one it names in vain costs nothing
     * but its share of the query.
     */
    public BatchedDocuments(MongoCollection<T> collection, Function<T, String> idOf,
                            Function<EventMessage<?>, Stream<String>> lookedUp) {
        this.collection = collection;
        this.idOf = idOf;
        this.lookedUp = lookedUp;
        this.pendingKey = FLUSHERS + "/" + collection.getNamespace().getFullName();
        this.readKey = pendingKey + "/read";
    }

    /**
     * The document as this batch left it so far, or as stored: read once a batch, since only this batch's
     * processor writes the collection, and only at the batch's end.
     */
    @Override
    public Optional<T> find(String id) {
        T changed = pending().get(id);
        if (changed != null) {
            return Optional.of(changed);
        }
        if (!CurrentUnitOfWork.isStarted()) {
            return stored(id);
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, Optional<T>> read = root.getOrComputeResource(readKey, key -> loadLookedUp(root));
        return read.computeIfAbsent(id, this::stored);
    }

    /** The documents the batch's events will look for, as stored, each id found or not ({@link Optional#empty()}). */
    private Map<String, Optional<T>> loadLookedUp(UnitOfWork<?> root) {
        Map<String, Optional<T>> read = new HashMap<>();
        if (!(root instanceof BatchingUnitOfWork<?> batch)) {
            return read;
        }
        List<String> ids = batch.getMessages().stream()
                                .filter(EventMessage.class::isInstance)
                                .flatMap(message -> lookedUp.apply((EventMessage<?>) message))
                                .distinct()
                                .toList();
        for (int from = 0; from < ids.size(); from += LOOKED_UP_AT_ONCE) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + LOOKED_UP_AT_ONCE));
            some.forEach(id -> read.put(id, Optional.empty()));
            for (T stored : collection.find(in("_id", some))) {
                read.put(idOf.apply(stored), Optional.of(stored));
            }
        }
        return read;
    }

    private Optional<T> stored(String id) {
        return Optional.ofNullable(collection.find(eq("_id", id)).first());
    }

    /**
     * The documents that may match, as this batch left them so far: of the stored ones matching {@code filter},
     * the first {@code limit} in {@code sort} order that this batch did not change, and every document this batch
     * changed, matching or not. The caller picks among them.
     */
    public List<T> candidates(Bson filter, Bson sort, int limit) {
        Map<String, T> pending = pending();
        List<T> candidates = new ArrayList<>(pending.values());
        for (T stored : collection.find(filter).sort(sort).limit(limit + pending.size())) {
            if (!pending.containsKey(idOf.apply(stored))) {
                candidates.add(stored);
            }
        }
        return candidates;
    }

    /** Replaces (or creates) the document, at the end of the batch. */
    @Override
    public void put(T document) {
        if (!CurrentUnitOfWork.isStarted()) {
            collection.replaceOne(eq("_id", idOf.apply(document)), document, UPSERT);
            return;
        }
        pending().put(idOf.apply(document), document);
    }

    /**
     * Writes what every collection's batch changed in the unit of work, in the opposite order to the one they
     * were made in (a fold asks for the collection that says how far the others have come first: see
     * {@link DocumentStore}); what was written is forgotten. So when a crash stops the writes between two
     * collections, what is written never runs ahead of what it follows from, and the batch handled again finds
     * the rest as it left it and writes the same documents.
     */
    static void flushAll(UnitOfWork<?> unitOfWork) {
        Set<BatchedDocuments<?>> flushers = unitOfWork.root().getResource(FLUSHERS);
        if (flushers != null) {
            List<BatchedDocuments<?>> lastMadeFirst = new ArrayList<>(flushers);
            lastMadeFirst.sort(Comparator.comparingLong((BatchedDocuments<?> documents) -> documents.made).reversed());
            lastMadeFirst.forEach(documents -> documents.flush(unitOfWork));
        }
    }

    private void flush(UnitOfWork<?> unitOfWork) {
        Map<String, T> pending = unitOfWork.root().getResource(pendingKey);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        List<WriteModel<T>> writes = new ArrayList<>(pending.size());
        pending.forEach((id, document) -> writes.add(new ReplaceOneModel<>(eq("_id", id), document, UPSERT)));
        collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        pending.clear();
    }

    private Map<String, T> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Map.of();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Set<BatchedDocuments<?>> flushers = root.getOrComputeResource(FLUSHERS, key -> new LinkedHashSet<>());
        flushers.add(this);
        return root.getOrComputeResource(pendingKey, key -> new LinkedHashMap<>());
    }
}
