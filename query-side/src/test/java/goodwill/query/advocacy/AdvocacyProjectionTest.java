package goodwill.query.advocacy;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.ProjectionHarness;
import goodwill.query.ReadModelCollections;
import goodwill.storage.CountedDatabase;
import goodwill.storage.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The projection stores what the fold computes in memory, whether it is handed the events one by one or in one
 * batch, and a batch loads the sources of all its events with one query.
 */
class AdvocacyProjectionTest {

    private static final List<LedgerEvent> HISTORY = LedgerEvents.correctedHistory();

    @AutoClose
    private final TestDatabase database = TestDatabase.create();
    private final AdvocacyStore store = new AdvocacyStore(database.connection().database());
    private final AdvocacyProjection projection = new AdvocacyProjection(database.connection().database());

    private LedgerAdvocacy stored(String ledgerId) {
        return stored(store, ledgerId);
    }

    private static LedgerAdvocacy stored(AdvocacyStore store, String ledgerId) {
        return LedgerAdvocacy.of(store.ledgers.find(eq("_id", ledgerId)).first(),
                                 store.contacts.find(eq("ledgerId", ledgerId)));
    }

    private static LedgerAdvocacy folded(String ledgerId) {
        List<LedgerEvent> ofLedger = HISTORY.stream().filter(event -> event.ledgerId().equals(ledgerId)).toList();
        return LedgerAdvocacy.fold(ofLedger);
    }

    @Test
    void handledOneByOneTheStoredFactsAreTheFoldsForEachLedger() {
        new ProjectionHarness(projection).oneByOne(HISTORY);

        assertThat(stored("team")).isEqualTo(folded("team"));
        assertThat(stored("other")).isEqualTo(folded("other"));
    }

    @Test
    void handledInOneBatchAndThenAgainTheStoredFactsAreTheFolds() {
        new ProjectionHarness(projection).inOneBatch(HISTORY);
        LedgerAdvocacy once = stored("team");
        new ProjectionHarness(projection).inOneBatch(HISTORY);

        assertThat(once).isEqualTo(folded("team"));
        assertThat(stored("team")).isEqualTo(once);
        assertThat(stored("other")).isEqualTo(folded("other"));
    }

    @Test
    void aBatchLooksForTheSourcesOfAllItsEventsWithOneQuery() {
        try (CountedDatabase counted = CountedDatabase.create()) {
            AdvocacyStore countedStore = new AdvocacyStore(counted.database());
            ProjectionHarness countedProjection = new ProjectionHarness(new AdvocacyProjection(counted.database()));
            for (int handled = 0; handled < 2; handled++) { // once onto nothing, once onto what it wrote
                counted.roundTrips().reset();
                countedProjection.inOneBatch(HISTORY);

                assertThat(counted.roundTrips().of("find", ReadModelCollections.ADVOCACY_SOURCES)).isEqualTo(1);
            }
            assertThat(stored(countedStore, "team")).isEqualTo(folded("team"));
        }
    }

    @Test
    void theHistoryExercisesEveryKindOfFactAndCorrection() {
        LedgerAdvocacy team = folded("team");

        List<String> survivorsFacts = new ArrayList<>(team.contacts().get("bo").facts().stream().map(Fact::key).toList());
        assertThat(survivorsFacts).containsExactlyInAnyOrder("favor:f1", "favor:f2", "introduction:i1",
                                                             "introduction:i1/o1", "introduction:i1/o2",
                                                             "commitment:c1", "commitment:c2", "favor:f6");
        assertThat(team.contacts().get("ed").facts()).extracting(Fact::key).containsExactly("favor:f4");
        assertThat(team.contacts().get("ed").archived()).isTrue();
        assertThat(team.contacts().get("cy").facts()).isEmpty();
        assertThat(team.contacts().get("bo").name()).isEqualTo("Bo Chen");
    }
}
