package goodwill.query.advocacy;

import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.BatchedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the advocacy read model: loads the documents an event affects, applies {@link AdvocacyFold}, and leaves
 * them to be written at the end of the batch. Scores are not stored: they depend on the day they are read. Replaying
 * it from the start rebuilds the facts, with the running version's selection.
 */
@Component
@ProcessingGroup(AdvocacyProjection.PROCESSING_GROUP)
class AdvocacyProjection {

    static final String PROCESSING_GROUP = "advocacy";

    private final AdvocacyStore store;
    private final BatchedDocuments<AdvocacyLedger> ledgers;
    private final BatchedDocuments<StoredAdvocate> contacts;
    private final BatchedDocuments<StoredSource> sources;

    AdvocacyProjection(AdvocacyStore store) {
        this.store = store;
        this.ledgers = new BatchedDocuments<>(store.ledgers, AdvocacyLedger::ledgerId);
        this.contacts = new BatchedDocuments<>(store.contacts, StoredAdvocate::id);
        this.sources = new BatchedDocuments<>(store.sources, StoredSource::id);
    }

    /** Seen again, the ledger keeps its merges and the version that selected its facts. */
    @EventHandler
    void on(LedgerOpened event) {
        if (ledgers.find(event.ledgerId()).isEmpty()) {
            ledgers.put(AdvocacyLedger.opened(event.ledgerId(), event.meId()));
        }
    }

    @EventHandler
    void on(ContactAdded event) {
        if (contacts.find(StoredAdvocate.key(event.ledgerId(), event.contactId())).isEmpty()) {
            contacts.put(StoredAdvocate.of(AdvocacyFold.added(event)));
        }
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        contacts.put(StoredAdvocate.of(AdvocacyFold.changed(contactOf(event, event.contactId()), event)));
    }

    @EventHandler
    void on(ContactArchived event) {
        contacts.put(StoredAdvocate.of(AdvocacyFold.archived(contactOf(event, event.contactId()), event)));
    }

    /** The survivor takes the merged contact's facts (me takes none: me is not ranked); the merged one keeps none. */
    @EventHandler
    void on(ContactsMerged event) {
        AdvocacyLedger ledger = ledgerOf(event.ledgerId()).withMerged(event.mergedId(), event.survivorId());
        ledgers.put(ledger);
        String survivorId = ledger.survivorOf(event.mergedId());
        ContactFacts merged = contactOf(event, event.mergedId());
        contacts.find(StoredAdvocate.key(event.ledgerId(), survivorId)).ifPresent(survivor -> contacts.put(
                StoredAdvocate.of(AdvocacyFold.tookOver(survivor.contact(), merged))));
        contacts.put(StoredAdvocate.of(AdvocacyFold.mergedAway(merged)));
    }

    @EventHandler
    void on(FavorRecorded event) {
        count(event);
    }

    @EventHandler
    void on(FavorAmended event) {
        count(event);
    }

    @EventHandler
    void on(FavorRetracted event) {
        count(event);
    }

    @EventHandler
    void on(IntroductionMade event) {
        count(event);
    }

    @EventHandler
    void on(IntroductionOutcomeRecorded event) {
        count(event);
    }

    @EventHandler
    void on(CommitmentMade event) {
        count(event);
    }

    @EventHandler
    void on(CommitmentResolution event) {
        count(event);
    }

    /** The source the event changes, kept as it is now, and the facts it gives counted where they count now. */
    private void count(LedgerEvent event) {
        String key = AdvocacyFold.sourceKeyOf(event).orElseThrow();
        Source before = sources.find(StoredSource.key(event.ledgerId(), key)).map(StoredSource::source).orElse(null);
        Source after = AdvocacyFold.sourceAfter(before, event);
        if (after == null) { // the event store holds a favor's, introduction's, commitment's events in order
            throw new IllegalStateException(event.getClass().getSimpleName() + " follows " + key + " of ledger "
                                                    + event.ledgerId() + ", which was never recorded");
        }
        if (after == before) {
            return;
        }
        sources.put(StoredSource.of(event.ledgerId(), after));
        for (AdvocacyFold.Change change : AdvocacyFold.changes(before, after, ledgerOf(event.ledgerId()))) {
            contacts.put(StoredAdvocate.of(AdvocacyFold.apply(contactOf(event, change.contactId()), change)));
        }
    }

    @ResetHandler
    void reset() {
        store.ledgers.deleteMany(new Document());
        store.contacts.deleteMany(new Document());
        store.sources.deleteMany(new Document());
    }

    /** Events of a ledger come in order, its opening first; a ledger without one means a broken history. */
    private AdvocacyLedger ledgerOf(String ledgerId) {
        return ledgers.find(ledgerId)
                      .orElseThrow(() -> new IllegalStateException("Ledger " + ledgerId + " was never opened"));
    }

    private ContactFacts contactOf(LedgerEvent cause, String contactId) {
        return contacts.find(StoredAdvocate.key(cause.ledgerId(), contactId)).map(StoredAdvocate::contact)
                       .orElseThrow(() -> new IllegalStateException(
                               cause.getClass().getSimpleName() + " names " + contactId
                                       + ", who was never added to ledger " + cause.ledgerId()));
    }
}
