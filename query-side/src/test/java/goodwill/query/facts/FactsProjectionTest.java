package goodwill.query.facts;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.ProjectionHarness;
import goodwill.storage.CountedDatabase;
import goodwill.storage.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A facts projection stores what {@link LedgerFacts#fold} computes, whether it gets the events one by one or in
 * batches that find what earlier batches stored, and when a batch is handled again.
 */
class FactsProjectionTest {

    private static final List<LedgerEvent> HISTORY = CorrectedHistory.of("team");

    @AutoClose
    private final TestDatabase database = TestDatabase.create();
    private final FactCollections facts = new FactCollections(database.connection().database(), "ledgers", "people",
                                                              "favors", "meetings", "introductions");
    private final ProjectionHarness projection =
            new ProjectionHarness(new FactsProjection(database.connection().database(), facts) {
            });

    @Test
    void eventsHandledOneByOneStoreTheFold() {
        projection.oneByOne(HISTORY);

        assertThat(facts.load("team")).isEqualTo(LedgerFacts.fold(HISTORY));
    }

    @Test
    void eventsHandledInBatchesStoreTheFold() {
        for (int from = 0; from < HISTORY.size(); from += 4) {
            projection.inOneBatch(HISTORY.subList(from, Math.min(HISTORY.size(), from + 4)));
        }

        assertThat(facts.load("team")).isEqualTo(LedgerFacts.fold(HISTORY));
    }

    @Test
    void aBatchLooksForTheDocumentsOfAllItsEventsWithOneQueryEach() {
        try (CountedDatabase counted = CountedDatabase.create()) {
            FactCollections countedFacts = new FactCollections(counted.database(), "ledgers", "people", "favors",
                                                               "meetings", "introductions");
            ProjectionHarness countedProjection = new ProjectionHarness(new FactsProjection(counted.database(), countedFacts) {
            });
            for (int handled = 0; handled < 2; handled++) { // once onto nothing, once onto what it wrote
                counted.roundTrips().reset();
                countedProjection.inOneBatch(HISTORY);

                for (String kind : List.of("people", "favors", "meetings", "introductions")) {
                    assertThat(counted.roundTrips().of("find", kind)).as("finds of %s", kind).isEqualTo(1);
                }
            }
            assertThat(countedFacts.load("team")).isEqualTo(LedgerFacts.fold(HISTORY));
        }
    }

    @Test
    void aBatchHandledAgainAfterItWasWrittenChangesNothing() {
        projection.inOneBatch(HISTORY.subList(0, 12));
        projection.inOneBatch(HISTORY.subList(6, HISTORY.size()));
        projection.inOneBatch(HISTORY.subList(6, HISTORY.size()));

        assertThat(facts.load("team")).isEqualTo(LedgerFacts.fold(HISTORY));
    }
}
