package goodwill.query.reciprocity;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.BatchedDocuments;
import goodwill.query.Merges;
import goodwill.query.ReadModelVersion;
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
@ReadModelVersion(2)
@ProcessingGroup(ReciprocityProjection.PROCESSING_GROUP)
class ReciprocityProjection {

    static final String PROCESSING_GROUP = "reciprocity";

    private final ReciprocityStore store;
    private final BatchedDocuments<LedgerMe> ledgers;
    private final BatchedDocuments<StoredBalance> balances;
    private final BatchedDocuments<StoredFavor> favors;
    private final BatchedDocuments<StoredParties> parties;

    ReciprocityProjection(ReciprocityStore store) {
        this.store = store;
        this.ledgers = new BatchedDocuments<>(store.ledgers, LedgerMe::ledgerId);
        this.balances = new BatchedDocuments<>(store.balances, StoredBalance::id);
        this.favors = new BatchedDocuments<>(store.favors, StoredFavor::id);
        this.parties = new BatchedDocuments<>(store.parties, StoredParties::id);
    }

    @EventHandler
    void on(LedgerOpened event) {
        if (ledgers.find(event.ledgerId()).isEmpty()) { // seen again, it keeps the merges recorded since
            ledgers.put(new LedgerMe(event.ledgerId(), event.meId()));
        }
    }

    /** A new contact has a balance of nothing; one already there (the event seen again) is kept as it is. */
    @EventHandler
    void on(ContactAdded event) {
        String key = StoredBalance.key(event.ledgerId(), event.contactId());
        if (balances.find(key).isEmpty()) {
            balances.put(StoredBalance.of(ReciprocityFold.added(event, meOf(event.ledgerId()))));
        }
    }

    /** Me, whose details may change too, has no balance with itself. */
    @EventHandler
    void on(ContactDetailsChanged event) {
        renamedOrArchived(event, event.contactId());
    }

    @EventHandler
    void on(ContactArchived event) {
        renamedOrArchived(event, event.contactId());
    }

    private void renamedOrArchived(LedgerEvent event, String contactId) {
        balances.find(StoredBalance.key(event.ledgerId(), contactId))
                .ifPresent(stored -> balances.put(StoredBalance.of(ReciprocityFold.apply(stored.balance(), event))));
    }

    /** Every favor is kept, whoever it is between: a later amendment may make it one with me. */
    @EventHandler
    void on(FavorRecorded event) {
        favors.put(StoredFavor.of(event, false));
        count(null, event);
    }

    /** An amendment of a favor retracted already changes nothing; the command side never records one. */
    @EventHandler
    void on(FavorAmended event) {
        StoredFavor stored = favorOf(event.ledgerId(), event.favorId());
        if (stored.retracted()) {
            return;
        }
        FavorRecorded amended = event.applyTo(stored.favor());
        favors.put(StoredFavor.of(amended, false));
        count(stored.favor(), amended);
    }

    @EventHandler
    void on(FavorRetracted event) {
        StoredFavor stored = favorOf(event.ledgerId(), event.favorId());
        favors.put(StoredFavor.of(stored.favor(), true));
        LedgerMe ledger = ledgerOf(event.ledgerId());
        FavorRecorded favor = ReciprocityFold.resolved(stored.favor(), ledger.mergedInto());
        ReciprocityFold.counterpartOfMe(favor, ledger.meId()).ifPresent(contactId -> change(event, contactId, event));
    }

    /** The survivor takes the merged contact's favors; the merged one keeps a balance of nothing. */
    @EventHandler
    void on(ContactsMerged event) {
        LedgerMe ledger = ledgerOf(event.ledgerId());
        String survivorId = Merges.survivorOf(ledger.mergedInto(), event.survivorId());
        ledgers.put(ledger.withMerged(event.mergedId(), survivorId));
        balances.find(StoredBalance.key(event.ledgerId(), event.mergedId())).ifPresent(merged -> {
            balances.find(StoredBalance.key(event.ledgerId(), survivorId)).ifPresent(survivor -> balances.put(
                    StoredBalance.of(ReciprocityFold.merge(survivor.balance(), merged.balance()))));
            balances.put(StoredBalance.of(ReciprocityFold.mergedAway(merged.balance())));
        });
    }

    @EventHandler
    void on(CommitmentMade event) {
        made(StoredParties.of(event), ReciprocityFold.resolved(event, ledgerOf(event.ledgerId()).mergedInto()));
    }

    @EventHandler
    void on(CommitmentResolution event) {
        changeBetween(event, partiesOf(StoredParties.commitmentKey(event.ledgerId(), event.commitmentId())), event);
    }

    @EventHandler
    void on(AskMade event) {
        made(StoredParties.of(event), ReciprocityFold.resolved(event, ledgerOf(event.ledgerId()).mergedInto()));
    }

    @EventHandler
    void on(AskAnswered event) {
        changeBetween(event, partiesOf(StoredParties.askKey(event.ledgerId(), event.askId())), event);
    }

    /**
     * Every commitment's and ask's parties are kept, whoever they are: its resolution or answer names only it. The
     * event is counted as merges resolve it.
     */
    private void made(StoredParties between, LedgerEvent resolved) {
        parties.put(between);
        changeBetween(resolved, between, resolved);
    }

    /** Applies the event to me's balance with the other party, as merges count them; nothing when me is not one. */
    private void changeBetween(LedgerEvent cause, StoredParties between, LedgerEvent applied) {
        LedgerMe ledger = ledgerOf(cause.ledgerId());
        ReciprocityFold.counterpartOfMe(Merges.survivorOf(ledger.mergedInto(), between.fromId()),
                                        Merges.survivorOf(ledger.mergedInto(), between.toId()), ledger.meId())
                       .ifPresent(contactId -> change(cause, contactId, applied));
    }

    /** Counts a favor, new ({@code before} null) or amended, in the balances it was and is now in. */
    private void count(FavorRecorded before, FavorRecorded after) {
        LedgerMe ledger = ledgerOf(after.ledgerId());
        FavorRecorded now = ReciprocityFold.resolved(after, ledger.mergedInto());
        FavorRecorded then = before == null ? null : ReciprocityFold.resolved(before, ledger.mergedInto());
        for (String contactId : ReciprocityFold.counterpartsOfMe(then, now, ledger.meId())) {
            change(after, contactId, now);
        }
    }

    private void change(LedgerEvent cause, String contactId, LedgerEvent applied) {
        String key = StoredBalance.key(cause.ledgerId(), contactId);
        StoredBalance stored = balances.find(key).orElseThrow(() -> new IllegalStateException(
                cause.getClass().getSimpleName() + " names " + contactId + ", who was never added to ledger "
                        + cause.ledgerId()));
        balances.put(StoredBalance.of(ReciprocityFold.apply(stored.balance(), applied)));
    }

    @ResetHandler
    void reset() {
        store.ledgers.deleteMany(new Document());
        store.balances.deleteMany(new Document());
        store.favors.deleteMany(new Document());
        store.parties.deleteMany(new Document());
    }

    /** Events of a ledger come in order, its opening first; a ledger without one means a broken history. */
    private String meOf(String ledgerId) {
        return ledgerOf(ledgerId).meId();
    }

    private LedgerMe ledgerOf(String ledgerId) {
        return ledgers.find(ledgerId)
                      .orElseThrow(() -> new IllegalStateException("Ledger " + ledgerId + " was never opened"));
    }

    /** A resolution or an answer comes after what it resolves or answers: the event store keeps them in order. */
    private StoredParties partiesOf(String key) {
        return parties.find(key).orElseThrow(() -> new IllegalStateException(
                key + " was resolved or answered before it was made"));
    }

    /** A correction comes after its favor: the event store holds a favor's events in order. */
    private StoredFavor favorOf(String ledgerId, String favorId) {
        return favors.find(StoredFavor.key(ledgerId, favorId)).orElseThrow(() -> new IllegalStateException(
                "Favor " + favorId + " of ledger " + ledgerId + " was corrected before it was recorded"));
    }
}
