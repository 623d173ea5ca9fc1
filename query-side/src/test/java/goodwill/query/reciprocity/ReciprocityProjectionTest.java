package goodwill.query.reciprocity;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import goodwill.events.LedgerEvent;
import goodwill.query.InMemoryDocumentStore;
import goodwill.query.ProjectionHarness;
import goodwill.query.ReadModelCollections;
import goodwill.storage.CountedDatabase;
import goodwill.storage.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The projection stores what the fold computes, whether it gets the events one by one, in one batch, or twice. */
class ReciprocityProjectionTest {

    private static final ReciprocityHistories TEAM = new ReciprocityHistories("team");

    @AutoClose
    private final TestDatabase database = TestDatabase.create();
    private final ReciprocityStore store = new ReciprocityStore(database.connection().database());
    private final ProjectionHarness projection =
            new ProjectionHarness(new ReciprocityProjection(database.connection().database()));

    private Map<String, ReciprocityBalance> stored() {
        Map<String, ReciprocityBalance> balances = new HashMap<>();
        store.balances.find(eq("ledgerId", "team")).forEach(stored -> balances.put(stored.balance().contactId(),
                                                                                   stored.balance()));
        return balances;
    }

    /** Every collection holds the documents the same fold leaves in memory, and no others. */
    private void assertStoredIsTheFoldOf(List<LedgerEvent> history) {
        ReciprocityHistory folded = TEAM.folded(history);
        assertThat(stored()).isEqualTo(folded.balances());
        assertThat(store.ledgers.find(eq("_id", "team")).first()).isEqualTo(folded.ledger());

        InMemoryDocumentStore inMemory = new InMemoryDocumentStore();
        new ReciprocityFold(inMemory).applyEvents(history);
        assertThat(byId(store.ledgers, LedgerMe::ledgerId))
                .isEqualTo(inMemory.byId(ReadModelCollections.RECIPROCITY_LEDGERS, LedgerMe.class));
        assertThat(byId(store.balances, StoredBalance::id))
                .isEqualTo(inMemory.byId(ReadModelCollections.RECIPROCITY_BALANCES, StoredBalance.class));
        assertThat(byId(store.favors, StoredFavor::id))
                .isEqualTo(inMemory.byId(ReadModelCollections.RECIPROCITY_FAVORS, StoredFavor.class));
        assertThat(byId(store.parties, StoredParties::id))
                .isEqualTo(inMemory.byId(ReadModelCollections.RECIPROCITY_PARTIES, StoredParties.class));
    }

    private static <T> Map<String, T> byId(MongoCollection<T> collection, Function<T, String> idOf) {
        Map<String, T> byId = new HashMap<>();
        collection.find().forEach(document -> byId.put(idOf.apply(document), document));
        return byId;
    }

    @Test
    void eventsHandledOneByOneStoreTheFold() {
        projection.oneByOne(TEAM.everything());

        assertStoredIsTheFoldOf(TEAM.everything());
    }

    @Test
    void eventsHandledInOneBatchStoreTheFold() {
        projection.inOneBatch(TEAM.everything());

        assertStoredIsTheFoldOf(TEAM.everything());
    }

    @Test
    void everyEventHandledTwiceInARowStoresTheFoldOfItOnce() {
        TEAM.everything().forEach(event -> projection.oneByOne(List.of(event, event)));

        assertStoredIsTheFoldOf(TEAM.everything());
    }

    @Test
    void aBatchHandledAgainAfterItWasWrittenChangesNothing() {
        List<LedgerEvent> history = TEAM.everything();
        projection.inOneBatch(history.subList(0, 10));
        projection.inOneBatch(history.subList(5, history.size()));
        projection.inOneBatch(history.subList(5, history.size()));

        assertStoredIsTheFoldOf(history);
    }

    @Test
    void aResetAndAReplayStoreTheSameAgain() {
        projection.inOneBatch(TEAM.everything());

        projection.reset();
        assertThat(stored()).isEmpty();
        projection.oneByOne(TEAM.everything());

        assertStoredIsTheFoldOf(TEAM.everything());
    }

    @Test
    void aBatchLooksForItsFavorsWithOneQueryAndForItsPartiesWithOneAtMost() {
        try (CountedDatabase counted = CountedDatabase.create()) {
            ProjectionHarness countedProjection = new ProjectionHarness(new ReciprocityProjection(counted.database()));
            for (int handled = 0; handled < 2; handled++) { // once onto nothing, once onto what it wrote
                counted.roundTrips().reset();
                countedProjection.inOneBatch(TEAM.everything());

                assertThat(counted.roundTrips().of("find", ReadModelCollections.RECIPROCITY_FAVORS)).isEqualTo(1);
                // Parties made earlier in the batch are found among its changes, without a query.
                assertThat(counted.roundTrips().of("find", ReadModelCollections.RECIPROCITY_PARTIES))
                        .isLessThanOrEqualTo(1);
            }
        }
    }
}
