package goodwill.query.reciprocity;

import goodwill.events.ContactAdded;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerOpened;
import goodwill.query.BatchedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the reciprocity read model: loads the documents an event affects, applies {@link ReciprocityFold},
 * and leaves them to be written at the end of the batch. Replaying it from the start rebuilds the model.
 */
@Component
@ProcessingGroup(ReciprocityProjection.PROCESSING_GROUP)
class ReciprocityProjection {

    static final String PROCESSING_GROUP = "reciprocity";

    private final ReciprocityStore store;
    private final BatchedDocuments<LedgerMe> ledgers;
    private final BatchedDocuments<StoredBalance> balances;

    ReciprocityProjection(ReciprocityStore store) {
        this.store = store;
        this.ledgers = new BatchedDocuments<>(store.ledgers, LedgerMe::ledgerId);
        this.balances = new BatchedDocuments<>(store.balances, StoredBalance::id);
    }

    @EventHandler
    void on(LedgerOpened event) {
        ledgers.put(new LedgerMe(event.ledgerId(), event.meId()));
    }

    /** A new contact has a balance of nothing; one already there (the event seen again) is kept as it is. */
    @EventHandler
    void on(ContactAdded event) {
        String key = StoredBalance.key(event.ledgerId(), event.contactId());
        if (balances.find(key).isEmpty()) {
            String meId = meOf(event.ledgerId());
            balances.put(StoredBalance.of(ReciprocityBalance.empty(event.ledgerId(), meId, event.contactId())));
        }
    }

    @EventHandler
    void on(FavorRecorded event) {
        ReciprocityFold.counterpartOfMe(event, meOf(event.ledgerId())).ifPresent(contactId -> {
            String key = StoredBalance.key(event.ledgerId(), contactId);
            StoredBalance stored = balances.find(key).orElseThrow(() -> new IllegalStateException(
                    "Favor " + event.favorId() + " names " + contactId + ", who was never added to ledger " + event.ledgerId()));
            balances.put(StoredBalance.of(ReciprocityFold.apply(stored.balance(), event)));
        });
    }

    @ResetHandler
    void reset() {
        store.ledgers.deleteMany(new Document());
        store.balances.deleteMany(new Document());
    }

    /** Events of a ledger come in order, its opening first; a ledger without one means a broken history. */
    private String meOf(String ledgerId) {
        return ledgers.find(ledgerId)
                      .map(LedgerMe::meId)
                      .orElseThrow(() -> new IllegalStateException("Ledger " + ledgerId + " was never opened"));
    }
}
