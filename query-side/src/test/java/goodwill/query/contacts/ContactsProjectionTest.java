package goodwill.query.contacts;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.InMemoryDocumentStore;
import goodwill.query.ProjectionHarness;
import goodwill.query.Recorded;
import goodwill.query.ReadModelCollections;
import goodwill.query.facts.CorrectedHistory;
import goodwill.storage.CountedDatabase;
import goodwill.storage.TestDatabase;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The directory stores what {@link ContactsFold} leaves in memory, collection by collection, whether it gets the
 * events one by one or in batches that find what earlier batches stored (merges and corrections among them).
 */
class ContactsProjectionTest {

    private static final List<LedgerEvent> HISTORY = CorrectedHistory.of("team");

    @AutoClose
    private final TestDatabase database = TestDatabase.create();
    private final ContactsStore store = new ContactsStore(database.connection().database());
    private final ProjectionHarness projection =
            new ProjectionHarness(new ContactsProjection(database.connection().database()));

    private Map<String, ListedContact> stored() {
        return stored("team");
    }

    private Map<String, ListedContact> stored(String ledgerId) {
        Map<String, ListedContact> contacts = new HashMap<>();
        store.contacts.find(eq("ledgerId", ledgerId)).forEach(stored -> contacts.put(stored.contact().contactId(),
                                                                                   stored.contact()));
        return contacts;
    }

    /** The events as a tracking processor hands them over, at positions 1, 2, … as the fold's test folds them. */
    private static List<EventMessage<?>> tracked(List<LedgerEvent> history) {
        return ProjectionHarness.messagesOf(Recorded.inOrder(history));
    }

    /** Every collection of the read model holds the documents the fold leaves in memory, and no other. */
    private void assertStoresTheFold(List<LedgerEvent> history) {
        InMemoryDocumentStore folded = ContactsFoldTest.inMemory(history);
        assertThat(folded.collections()).containsExactlyInAnyOrder(
                ReadModelCollections.CONTACTS_LEDGERS, ReadModelCollections.CONTACTS,
                ReadModelCollections.CONTACTS_INTERACTIONS, ReadModelCollections.CONTACTS_TOUCHES);
        assertCollection(folded, ReadModelCollections.CONTACTS_LEDGERS, ContactsLedger.class, ContactsLedger::ledgerId);
        assertCollection(folded, ReadModelCollections.CONTACTS, StoredContact.class, StoredContact::id);
        assertCollection(folded, ReadModelCollections.CONTACTS_INTERACTIONS, StoredInteraction.class,
                         StoredInteraction::id);
        assertCollection(folded, ReadModelCollections.CONTACTS_TOUCHES, TouchPage.class, TouchPage::id);
    }

    private <T> void assertCollection(InMemoryDocumentStore folded, String collection, Class<T> type,
                                      Function<T, String> idOf) {
        Map<String, T> stored = new HashMap<>();
        database.connection().database().getCollection(collection, type).find()
                .forEach(document -> stored.put(idOf.apply(document), document));
        assertThat(stored).as(collection).isEqualTo(folded.byId(collection, type));
    }

    @Test
    void eventsHandledOneByOneStoreTheFold() {
        projection.messagesOneByOne(tracked(HISTORY));

        assertThat(stored()).isEqualTo(ContactsFoldTest.folded("team", HISTORY));
        assertStoresTheFold(HISTORY);
    }

    @Test
    void eventsHandledInBatchesStoreTheFold() {
        for (int from = 0; from < HISTORY.size(); from += 4) {
            projection.messagesInOneBatch(tracked(HISTORY).subList(from, Math.min(HISTORY.size(), from + 4)));
        }

        assertThat(stored()).isEqualTo(ContactsFoldTest.folded("team", HISTORY));
        assertStoresTheFold(HISTORY);
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
            projection.messagesInOneBatch(tracked(handled).subList(from, handled.size()));

            Map<String, ListedContact> stored = stored(BusyHistory.LEDGER);
            assertThat(stored).as("after %d events", handled.size())
                              .isEqualTo(ContactsFoldTest.folded(BusyHistory.LEDGER, handled));
            Map<String, Instant> expected = BusyHistory.lastInteractions(handled);
            stored.forEach((contactId, contact) -> assertThat(contact.lastInteractionAt())
                    .as("%s after %d events", contactId, handled.size()).isEqualTo(expected.get(contactId)));
        }
        assertThat(stored(BusyHistory.LEDGER).get("me").earlierUpTo()).isNotNull();
        assertStoresTheFold(history);
    }

    @Test
    void aBusyLedgerHandledOneByOneStoresTheFold() {
        List<LedgerEvent> history = BusyHistory.of(9, 400);

        projection.messagesOneByOne(tracked(history));

        assertThat(stored(BusyHistory.LEDGER)).isEqualTo(ContactsFoldTest.folded(BusyHistory.LEDGER, history));
        assertStoresTheFold(history);
    }

    /** The ledger and the interaction each event names are loaded for the whole batch at once. */
    @Test
    void aBatchLooksForTheLedgersAndInteractionsOfAllItsEventsWithOneQueryEach() {
        List<LedgerEvent> history = BusyHistory.of(4, 200);
        try (CountedDatabase counted = CountedDatabase.create()) {
            ProjectionHarness countedProjection = new ProjectionHarness(new ContactsProjection(counted.database()));
            for (int handled = 0; handled < 2; handled++) { // once onto nothing, once onto what it wrote
                counted.roundTrips().reset();
                countedProjection.messagesInOneBatch(tracked(history));

                for (String collection : List.of(ReadModelCollections.CONTACTS_LEDGERS,
                                                  ReadModelCollections.CONTACTS_INTERACTIONS)) {
                    assertThat(counted.roundTrips().of("find", collection)).as("finds of %s", collection).isEqualTo(1);
                }
            }
        }
    }
}
