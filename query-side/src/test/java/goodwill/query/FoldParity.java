package goodwill.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.events.LedgerEvent;
import goodwill.storage.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.axonframework.eventhandling.EventMessage;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWrapper;

/**
 * What every read model promises, checked over {@linkplain RandomHistories random valid histories}: its projection
 * kept event by event (live), the same projection rebuilt after a reset in batches (a replay) and its fold over
 * documents in memory (a report) give the same documents, collection by collection; the kinds of event it says it
 * ignores change nothing, and every other kind changes something; every document it looks for by an event's key
 * is one it named ahead for the batch. A read model's test is a subclass that makes its projection.
 */
public abstract class FoldParity {

    private static TestDatabase database;

    private final Function<MongoDatabase, FoldProjection> projectionOf;

    protected FoldParity(Function<MongoDatabase, FoldProjection> projectionOf) {
        this.projectionOf = projectionOf;
    }

    @AfterContainer
    static void closeDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    private static MongoDatabase database() {
        if (database == null) {
            database = TestDatabase.create();
        }
        return database.connection().database();
    }

    @Provide
    Arbitrary<List<LedgerEvent>> histories() {
        return RandomHistories.histories(80);
    }

    @Property(tries = 15)
    void liveAReplayAndTheFoldInMemoryKeepTheSameDocuments(@ForAll("histories") List<LedgerEvent> history,
                                                          @ForAll("batches") int batch) {
        List<Recorded> recorded = Recorded.inOrder(history);
        FoldProjection projection = projectionOf.apply(database());
        ProjectionHarness harness = new ProjectionHarness(projection);
        Map<String, List<BsonDocument>> inMemory = encoded(inMemory(projection, recorded));

        harness.reset();
        harness.messagesOneByOne(ProjectionHarness.messagesOf(recorded));
        assertSameDocuments(stored(projection), inMemory, "live");

        harness.reset();
        List<EventMessage<?>> messages = ProjectionHarness.messagesOf(recorded);
        for (int from = 0; from < messages.size(); from += batch) {
            harness.messagesInOneBatch(messages.subList(from, Math.min(messages.size(), from + batch)));
        }
        assertSameDocuments(stored(projection), inMemory, "replayed in batches of " + batch);
    }

    /**
     * A crash between two of every batch's writes (one to all but one of its collections written, as
     * {@code written} picks, the rest not) and the batch handled again, as a processor does after a crash before
     * its token was stored: the same documents.
     */
    @Property(tries = 40)
    void aBatchHandledAgainAfterACrashBetweenItsWritesKeepsTheSameDocuments(
            @ForAll("histories") List<LedgerEvent> history, @ForAll("batches") int batch,
            @ForAll @IntRange(min = 1, max = 8) int written) {
        List<Recorded> recorded = Recorded.inOrder(history);
        Crash crash = new Crash();
        FoldProjection projection = projectionOf.apply(crash.around(database(), MongoDatabase.class));
        ProjectionHarness harness = new ProjectionHarness(projection);
        int collections = projection.collections().size();
        harness.reset();
        List<EventMessage<?>> messages = ProjectionHarness.messagesOf(recorded);
        for (int from = 0; from < messages.size(); from += batch) {
            List<EventMessage<?>> some = messages.subList(from, Math.min(messages.size(), from + batch));
            crash.after(collections > 1 ? 1 + written % (collections - 1) : 0);
            try {
                harness.messagesInOneBatch(some);
            } catch (IllegalStateException crashed) {
                // what a crash leaves: some collections written, the others not, the token not stored
            }
            crash.after(-1);
            harness.messagesInOneBatch(some);
        }
        assertSameDocuments(stored(projection), encoded(inMemory(projection, recorded)),
                            "handled again after a crash with " + written + " written, in batches of " + batch);
    }

    /** Fails the write of a batch's collection once the set number of collections were written. */
    private static final class Crash {

        private int writesLeft = -1;

        void after(int writes) {
            writesLeft = writes;
        }

        @SuppressWarnings("unchecked")
        <T> T around(T target, Class<T> type) {
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getName().equals("bulkWrite") && writesLeft >= 0 && writesLeft-- == 0) {
                    throw new IllegalStateException("crashed before writing " + target);
                }
                Object result;
                try {
                    result = method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (result instanceof MongoDatabase database) {
                    return around(database, MongoDatabase.class);
                }
                if (result instanceof MongoCollection<?> collection) {
                    return around(collection, MongoCollection.class);
                }
                return result;
            });
        }
    }

    @Provide
    Arbitrary<Integer> batches() {
        return Arbitraries.integers().between(1, 200);
    }

    @Property(tries = 30)
    void theKindsOfEventItIgnoresChangeNothing(@ForAll("histories") List<LedgerEvent> history) {
        FoldProjection projection = projectionOf.apply(database());
        Set<Class<? extends LedgerEvent>> ignored = projection.foldOver(new InMemoryDocumentStore()).ignores();

        assertThat(inMemory(projection, without(Recorded.inOrder(history), ignored)))
                .isEqualTo(inMemory(projection, Recorded.inOrder(history)));
    }

    /**
     * Over long histories, every kind of event either changes the documents or is one the fold says it ignores: a
     * kind added to the contract fails here for every read model until it says what the kind does to it.
     */
    @Example
    void everyKindOfEventItDoesNotIgnoreChangesIt() {
        FoldProjection projection = projectionOf.apply(database());
        Set<Class<? extends LedgerEvent>> ignored = projection.foldOver(new InMemoryDocumentStore()).ignores();
        Set<Class<? extends LedgerEvent>> changing = new LinkedHashSet<>();
        for (List<LedgerEvent> history : longHistories()) {
            Map<String, Map<String, Object>> all = inMemory(projection, Recorded.inOrder(history));
            for (Class<? extends LedgerEvent> type : LedgerEvent.types()) {
                if (!all.equals(inMemory(projection, without(Recorded.inOrder(history), Set.of(type))))) {
                    changing.add(type);
                }
            }
        }
        Set<Class<? extends LedgerEvent>> unaccounted = new LinkedHashSet<>(LedgerEvent.types());
        unaccounted.removeAll(changing);
        unaccounted.removeAll(ignored);
        assertThat(unaccounted).as("kinds that change nothing and are not said to be ignored").isEmpty();
        Set<Class<? extends LedgerEvent>> wronglyIgnored = new LinkedHashSet<>(changing);
        wronglyIgnored.retainAll(ignored);
        assertThat(wronglyIgnored).as("kinds said to be ignored that change the documents").isEmpty();
    }

    @Example
    void everyDocumentItLooksForByAnEventsKeyIsNamedAhead() {
        NotingDocumentStore store = new NotingDocumentStore();
        Fold fold = projectionOf.apply(database()).foldOver(store);
        for (List<LedgerEvent> history : longHistories()) {
            for (Recorded recorded : Recorded.inOrder(history)) {
                store.forget();
                fold.apply(recorded);
                Map<String, List<String>> unhinted = new LinkedHashMap<>(store.unhinted(recorded));
                unhinted.keySet().removeAll(lookedUpByStoredKeys());
                assertThat(unhinted).as("looked for at %s", recorded.event()).isEmpty();
            }
        }
    }

    /**
     * The collections the fold also looks in by a key it read from another document, which no event names: a
     * look-up each time, unless the batch has read that document already.
     */
    protected Set<String> lookedUpByStoredKeys() {
        return Set.of();
    }

    /** Twenty histories of 300 steps, the same on every run: every kind of event comes up in them. */
    static List<List<LedgerEvent>> longHistories() {
        List<List<LedgerEvent>> histories = new ArrayList<>();
        Random seeds = new Random(13);
        for (int i = 0; i < 20; i++) {
            histories.add(RandomHistories.history(LongStream.generate(seeds::nextLong).limit(300).boxed().toList()));
        }
        return histories;
    }

    /** The history without the events of these kinds, every other event where it was recorded. */
    private static List<Recorded> without(List<Recorded> history, Set<Class<? extends LedgerEvent>> types) {
        return history.stream().filter(recorded -> !types.contains(recorded.event().getClass())).toList();
    }

    private static Map<String, Map<String, Object>> inMemory(FoldProjection projection, List<Recorded> history) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        projection.foldOver(store).applyAll(history);
        return store.contents();
    }

    /** Each collection's documents as MongoDB keeps them (BSON), by key. */
    private static Map<String, List<BsonDocument>> encoded(Map<String, Map<String, Object>> contents) {
        Map<String, List<BsonDocument>> encoded = new LinkedHashMap<>();
        contents.forEach((collection, documents) -> encoded.put(collection, sorted(
                documents.values().stream()
                         .map(document -> (BsonDocument) BsonDocumentWrapper.asBsonDocument(
                                 document, database().getCodecRegistry()))
                         .map(BsonDocument::clone)
                         .toList())));
        return encoded;
    }

    private static Map<String, List<BsonDocument>> stored(FoldProjection projection) {
        Map<String, List<BsonDocument>> stored = new LinkedHashMap<>();
        for (String collection : projection.collections()) {
            stored.put(collection, sorted(database().getCollection(collection, BsonDocument.class).find()
                                                    .into(new ArrayList<>())));
        }
        return stored;
    }

    /** Names the first document that differs, rather than printing whole collections. */
    private static void assertSameDocuments(Map<String, List<BsonDocument>> actual,
                                            Map<String, List<BsonDocument>> expected, String what) {
        assertThat(actual.keySet()).as("collections, %s", what).isEqualTo(expected.keySet());
        expected.forEach((collection, documents) -> {
            List<BsonDocument> other = actual.get(collection);
            for (int i = 0; i < Math.min(documents.size(), other.size()); i++) {
                assertThat(other.get(i)).as("%s, document %d by _id, %s", collection, i + 1, what)
                                        .isEqualTo(documents.get(i));
            }
            assertThat(other).as("%s, %s", collection, what).hasSameSizeAs(documents);
        });
    }

    private static List<BsonDocument> sorted(List<BsonDocument> documents) {
        return documents.stream().sorted(Comparator.comparing(document -> document.get("_id").toString())).toList();
    }
}
