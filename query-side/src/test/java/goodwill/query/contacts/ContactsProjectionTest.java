package goodwill.query.contacts;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.ProjectionHarness;
import goodwill.query.facts.CorrectedHistory;
import goodwill.storage.TestDatabase;
import java.time.Instant;
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
        return stored("team");
    }

    private Map<String, Contact> stored(String ledgerId) {
        Map<String, Contact> contacts = new HashMap<>();
        store.contacts.find(eq("ledgerId", ledgerId)).forEach(stored -> contacts.put(stored.contact().contactId(),
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

    /**
     * A contact keeps only its latest interactions; when corrections take them all out, the stored ones give the
     * earlier back, this batch's changes included, exactly as the fold does.
     */
    @Test
    void aBusyLedgerStoresTheFoldBatchAfterBatchAndEachContactsLastInteraction() {
        List<LedgerEvent> history = BusyHistory.of(2, 400);
        for (int from = 0; from < history.size(); from += 7) {
            List<LedgerEvent> handled = history.subList(0, Math.min(history.size(), from + 7));
            projection.inOneBatch(handled.subList(from, handled.size()));

            Map<String, Contact> stored = stored(BusyHistory.LEDGER);
            assertThat(stored).as("after %d events", handled.size()).isEqualTo(ContactsFold.fold(handled));
            Map<String, Instant> expected = BusyHistory.lastInteractions(handled);
            stored.forEach((contactId, contact) -> assertThat(contact.lastInteractionAt())
                    .as("%s after %d events", contactId, handled.size()).isEqualTo(expected.get(contactId)));
        }
        assertThat(stored(BusyHistory.LEDGER).get("me").earlierUpTo()).isNotNull();
    }

    @Test
    void aBusyLedgerHandledOneByOneStoresTheFold() {
        List<LedgerEvent> history = BusyHistory.of(9, 400);

        projection.oneByOne(history);

        assertThat(stored(BusyHistory.LEDGER)).isEqualTo(ContactsFold.fold(history));
    }
}
