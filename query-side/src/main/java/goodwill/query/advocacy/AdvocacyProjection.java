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
import goodwill.query.ReadModelVersion;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the advocacy read model: loads the documents an event affects, applies {@link AdvocacyFold}, and leaves
 * them to be written at the end of the batch. Scores are not stored: they depend on the day they are read. Replaying
 * it from the start rebuilds the facts, with the running version's selection.
 */
@Component
@ReadModelVersion(AdvocacyFormula.VERSION)
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
        this.sources = new BatchedDocuments<>(store.sources, StoredSource::id, AdvocacyProjection::sourceLookedUp);
    }

    /** The source {@link #count} looks for. */
    private static Stream<String> sourceLookedUp(EventMessage<?> message) {
        return message.getPayload() instanceof LedgerEvent event
                ? AdvocacyFold.sourceKeyOf(event).map(key -> StoredSource.key(event.ledgerId(), key)).stream()
                : Stream.empty();
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

    /**
     * Every source naming the merged contact is classified again with the survivor in its place: its facts move to
     * the survivor (or, merged into me, count no more), and the survivor is named in them from now on.
     */
    @EventHandler
    void on(ContactsMerged event) {
        AdvocacyLedger before = ledgerOf(event.ledgerId());
        AdvocacyLedger ledger = before.withMerged(event.mergedId(), event.survivorId());
        ledgers.put(ledger);
        ContactFacts merged = contactOf(event, event.mergedId());
        for (String key : merged.namedIn()) {
            apply(event, AdvocacyFold.changes(sourceOf(event, key), before, ledger));
        }
        String survivorId = ledger.survivorOf(event.mergedId());
        contacts.find(StoredAdvocate.key(event.ledgerId(), survivorId)).ifPresent(survivor -> contacts.put(
                StoredAdvocate.of(AdvocacyFold.tookOver(survivor.contact(), merged))));
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
        AdvocacyLedger ledger = ledgerOf(event.ledgerId());
        for (String contactId : AdvocacyFold.namedBy(after, ledger)) {
            contacts.put(StoredAdvocate.of(contactOf(event, contactId).namedIn(List.of(after.key()))));
        }
        apply(event, AdvocacyFold.changes(before, after, ledger));
    }

    private void apply(LedgerEvent cause, List<AdvocacyFold.Change> changes) {
        for (AdvocacyFold.Change change : changes) {
            contacts.put(StoredAdvocate.of(AdvocacyFold.apply(contactOf(cause, change.contactId()), change)));
        }
    }

    /** A merged contact is named only in sources recorded before the merge. */
    private Source sourceOf(LedgerEvent cause, String key) {
        return sources.find(StoredSource.key(cause.ledgerId(), key)).map(StoredSource::source).orElseThrow(
                () -> new IllegalStateException(cause.getClass().getSimpleName() + " needs " + key + " of ledger "
                                                        + cause.ledgerId() + ", which was never recorded"));
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
