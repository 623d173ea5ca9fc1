package goodwill.query.facts;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.query.NotingDocumentStore;
import goodwill.query.Recorded;
import org.junit.jupiter.api.Test;

/** What the facts fold looks for by an event's key, event by event, is what it names ahead for the batch. */
class FactsFoldTest {

    @Test
    void everyDocumentTheFoldLooksForByTheEventsKeyIsNamedAhead() {
        NotingDocumentStore store = new NotingDocumentStore();
        FactsFold fold = new FactsFold(store, new FactsFold.Collections("ledgers", "people", "favors", "meetings",
                                                                        "introductions"));
        int lookups = 0;
        for (Recorded recorded : Recorded.inOrder(CorrectedHistory.of("team"))) {
            store.forget();
            fold.apply(recorded);
            assertThat(store.unhinted(recorded)).as("looked for at %s", recorded.event()).isEmpty();
            lookups += store.lookups();
        }
        assertThat(lookups).as("look-ups checked").isGreaterThan(20);
    }
}
