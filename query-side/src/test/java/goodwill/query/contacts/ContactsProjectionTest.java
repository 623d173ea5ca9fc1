package goodwill.query.contacts;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.ProjectionHarness;
import goodwill.query.facts.CorrectedHistory;
import goodwill.storage.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory stores what {@link ContactsFold#fold} computes, whether it gets the events one by one or in batches
 * that find what earlier batches stored (merges and corrections among them).
 */
class ContactsProjectionTest {

    private static final List<LedgerEvent> HISTORY = CorrectedHistory.of("team");

    private TestDatabase database;
    private ContactsStore store;
    private ProjectionHarness projection;

    @BeforeEach
    void open() {
        database = TestDatabase.create();
        store = new ContactsStore(database.connection().database());
        projection = new ProjectionHarness(new ContactsProjection(store));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Map<String, Contact> stored() {
        Map<String, Contact> contacts = new HashMap<>();
        store.contacts.find(eq("ledgerId", "team")).forEach(stored -> contacts.put(stored.contact().contactId(),
                                                                                   stored.contact()));
        return contacts;
    }

    @Test
    void eventsHandledOneByOneStoreTheFold() {
        projection.oneByOne(HISTORY);

        assertThat(stored()).isEqualTo(ContactsFold.fold(HISTORY));
    }

    @Test
    void eventsHandledInBatchesStoreTheFold() {
        for (int from = 0; from < HISTORY.size(); from += 4) {
            projection.inOneBatch(HISTORY.subList(from, Math.min(HISTORY.size(), from + 4)));
        }

        assertThat(stored()).isEqualTo(ContactsFold.fold(HISTORY));
    }
}
