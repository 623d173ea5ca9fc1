package goodwill.query.journal;

import static com.mongodb.client.model.Filters.eq;
import static goodwill.query.journal.JournalHistories.everything;
import static goodwill.query.journal.JournalHistories.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.query.ProjectionHarness;
import goodwill.query.Recorded;
import goodwill.storage.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The projection stores the entries the fold makes, whether it gets the events one by one, in one batch, or twice. */
class JournalProjectionTest {

    private static final List<Recorded> HISTORY = recorded(everything());
    /** The history as the processor hands it over: the same ids, positions, times and recorders as the fold's. */
    private static final List<EventMessage<?>> MESSAGES = ProjectionHarness.messagesOf(HISTORY);

    @AutoClose
    private final TestDatabase database = TestDatabase.create();
    private final JournalStore store = new JournalStore(database.connection().database());
    private final ProjectionHarness projection =
            new ProjectionHarness(new JournalProjection(database.connection().database()));

    private void assertStoredIsTheFold() {
        Map<String, JournalEntry> stored = new HashMap<>();
        store.entries.find(eq("ledgerId", "team")).forEach(entry -> stored.put(entry.eventId(), entry));
        assertThat(stored).isEqualTo(JournalHistories.folded(HISTORY));
    }

    @Test
    void eventsHandledOneByOneStoreTheFold() {
        projection.messagesOneByOne(MESSAGES);

        assertStoredIsTheFold();
    }

    @Test
    void eventsHandledInOneBatchStoreTheFold() {
        projection.messagesInOneBatch(MESSAGES);

        assertStoredIsTheFold();
    }

    @Test
    void aBatchHandledAgainAfterItWasWrittenChangesNothing() {
        projection.messagesInOneBatch(MESSAGES.subList(0, 7));
        projection.messagesInOneBatch(MESSAGES.subList(4, MESSAGES.size()));
        projection.messagesInOneBatch(MESSAGES.subList(4, MESSAGES.size()));

        assertStoredIsTheFold();
    }

    @Test
    void everyEventHandledTwiceInARowStoresTheFoldOfItOnce() {
        List<EventMessage<?>> twice = new ArrayList<>();
        MESSAGES.forEach(message -> twice.addAll(List.of(message, message)));
        projection.messagesOneByOne(twice);

        assertStoredIsTheFold();
    }

    @Test
    void aResetAndAReplayStoreTheSameAgain() {
        projection.messagesInOneBatch(MESSAGES);

        projection.reset();
        assertThat(store.entries.countDocuments()).isZero();
        assertThat(store.subjects.countDocuments()).isZero();
        projection.messagesOneByOne(MESSAGES);

        assertStoredIsTheFold();
    }
}
