package goodwill.query.commitments;

import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.LedgerOpened;
import goodwill.query.BatchedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the commitments read model: loads the documents an event affects, applies {@link CommitmentsFold}, and
 * leaves them to be written at the end of the batch. Replaying it from the start rebuilds the model.
 */
@Component
@ProcessingGroup(CommitmentsProjection.PROCESSING_GROUP)
class CommitmentsProjection {

    static final String PROCESSING_GROUP = "commitments";

    private final CommitmentsStore store;
    private final BatchedDocuments<CommitmentsLedger> ledgers;
    private final BatchedDocuments<StoredCommitment> commitments;

    CommitmentsProjection(CommitmentsStore store) {
        this.store = store;
        this.ledgers = new BatchedDocuments<>(store.ledgers, CommitmentsLedger::ledgerId);
        this.commitments = new BatchedDocuments<>(store.commitments, StoredCommitment::id);
    }

    /** Seen again, the ledger keeps the people and merges recorded since. */
    @EventHandler
    void on(LedgerOpened event) {
        if (ledgers.find(event.ledgerId()).isEmpty()) {
            ledgers.put(CommitmentsLedger.opened(event.ledgerId(), event.meId()));
        }
    }

    @EventHandler
    void on(ContactAdded event) {
        ledgers.put(ledgerOf(event.ledgerId()).withPerson(event.contactId()));
    }

    @EventHandler
    void on(ContactsMerged event) {
        ledgers.put(ledgerOf(event.ledgerId()).withMerged(event.mergedId(), event.survivorId()));
    }

    /** Seen again, the commitment keeps its resolution. */
    @EventHandler
    void on(CommitmentMade event) {
        if (commitments.find(StoredCommitment.key(event.ledgerId(), event.commitmentId())).isEmpty()) {
            commitments.put(StoredCommitment.of(CommitmentsFold.made(event)));
        }
    }

    /** A resolution comes after its commitment: the event store holds a commitment's events in order. */
    @EventHandler
    void on(CommitmentResolution event) {
        StoredCommitment stored = commitments.find(StoredCommitment.key(event.ledgerId(), event.commitmentId()))
                .orElseThrow(() -> new IllegalStateException("Commitment " + event.commitmentId() + " of ledger "
                        + event.ledgerId() + " was resolved before it was made"));
        commitments.put(StoredCommitment.of(CommitmentsFold.resolved(stored.commitment(), event)));
    }

    @ResetHandler
    void reset() {
        store.ledgers.deleteMany(new Document());
        store.commitments.deleteMany(new Document());
    }

    /** Events of a ledger come in order, its opening first; a ledger without one means a broken history. */
    private CommitmentsLedger ledgerOf(String ledgerId) {
        return ledgers.find(ledgerId)
                      .orElseThrow(() -> new IllegalStateException("Ledger " + ledgerId + " was never opened"));
    }
}
