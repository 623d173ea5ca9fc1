package goodwill.query.reciprocity;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.ProjectionHarness;
import goodwill.storage.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The projection stores what the fold computes, whether it gets the events one by one, in one batch, or twice. */
class ReciprocityProjectionTest {

    private static final ReciprocityHistories TEAM = new ReciprocityHistories("team");

    private TestDatabase database;
    private ReciprocityStore store;
    private ProjectionHarness projection;

    @BeforeEach
    void open() {
        database = TestDatabase.create();
        store = new ReciprocityStore(database.connection().database());
        projection = new ProjectionHarness(new ReciprocityProjection(store));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Map<String, ReciprocityBalance> stored() {
        Map<String, ReciprocityBalance> balances = new HashMap<>();
        store.balances.find(eq("ledgerId", "team")).forEach(stored -> balances.put(stored.balance().contactId(),
                                                                                   stored.balance()));
        return balances;
    }

    private void assertStoredIsTheFoldOf(List<LedgerEvent> history) {
        ReciprocityFold.History folded = ReciprocityFold.history(history);
        assertThat(stored()).isEqualTo(folded.balances());
        assertThat(store.ledgers.find(eq("_id", "team")).first()).isEqualTo(folded.ledger());
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
}
