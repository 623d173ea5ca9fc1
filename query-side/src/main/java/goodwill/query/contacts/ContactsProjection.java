package goodwill.query.contacts;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Sorts.descending;

import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.query.BatchedDocuments;
import goodwill.query.ReadModelVersion;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the contacts directory: loads the documents an event affects, applies {@link ContactsFold}, and leaves
 * them to be written at the end of the batch. Replaying it from the start rebuilds the directory.
 */
@Component
@ReadModelVersion(2) // 2: a contact keeps its latest interactions, every kind of interaction is kept beside them
@ProcessingGroup(ContactsProjection.PROCESSING_GROUP)
class ContactsProjection {

    static final String PROCESSING_GROUP = "contacts";

    private final ContactsStore store;
    private final BatchedDocuments<ContactsLedger> ledgers;
    private final BatchedDocuments<StoredContact> contacts;
    private final BatchedDocuments<StoredInteraction> interactions;

    ContactsProjection(ContactsStore store) {
        this.store = store;
        this.ledgers = new BatchedDocuments<>(store.ledgers, ContactsLedger::ledgerId);
        this.contacts = new BatchedDocuments<>(store.contacts, StoredContact::id);
        this.interactions = new BatchedDocuments<>(store.interactions, StoredInteraction::id);
    }

    /** Seen again, the ledger keeps the merges recorded since, and me keeps what happened since. */
    @EventHandler
    void on(LedgerOpened event) {
        if (ledgers.find(event.ledgerId()).isEmpty()) {
            ledgers.put(new ContactsLedger(event.ledgerId(), event.meId(), Map.of()));
            contacts.put(StoredContact.of(ContactsFold.me(event)));
        }
    }

    @EventHandler
    void on(ContactAdded event) {
        if (contacts.find(StoredContact.key(event.ledgerId(), event.contactId())).isEmpty()) {
            contacts.put(StoredContact.of(ContactsFold.added(event)));
        }
    }

    @EventHandler
    void on(ContactDetailsChanged event) {
        Contact contact = contactOf(event, event.contactId());
        contacts.put(StoredContact.of(ContactsFold.changed(contact, event)));
    }

    @EventHandler
    void on(ContactArchived event) {
        Contact contact = contactOf(event, event.contactId());
        contacts.put(StoredContact.of(ContactsFold.archived(contact, event)));
    }

    /**
     * The survivor takes the merged contact's interactions; the merged one, and any merged into it earlier, point
     * at the survivor.
     */
    @EventHandler
    void on(ContactsMerged event) {
        ContactsLedger before = ledgerOf(event.ledgerId());
        ContactsLedger ledger = before.withMerged(event.mergedId(), event.survivorId());
        ledgers.put(ledger);
        String survivorId = ledger.survivorOf(event.mergedId());
        for (String contactId : ContactsFold.mergedEarlierInto(before, event.mergedId())) {
            contacts.put(StoredContact.of(ContactsFold.mergedAway(contactOf(event, contactId), survivorId)));
        }
        Contact merged = contactOf(event, event.mergedId());
        Contact survivor = contactOf(event, survivorId);
        contacts.put(StoredContact.of(completed(ContactsFold.tookOver(survivor, merged), ledger)));
        contacts.put(StoredContact.of(ContactsFold.mergedAway(merged, survivorId)));
    }

    @EventHandler
    void on(FavorRecorded event) {
        Interaction interaction = ContactsFold.interactionOf(event);
        interactions.put(StoredInteraction.of(event.ledgerId(), interaction, event, false));
        change(event, null, interaction);
    }

    @EventHandler
    void on(MeetingRecorded event) {
        Interaction interaction = ContactsFold.interactionOf(event).orElseThrow();
        interactions.put(StoredInteraction.of(event.ledgerId(), interaction, null, false));
        change(event, null, interaction);
    }

    /** Introductions, commitments and asks cannot be corrected; kept all the same for the contacts' last ones. */
    @EventHandler
    void on(IntroductionMade event) {
        touch(event);
    }

    @EventHandler
    void on(CommitmentMade event) {
        touch(event);
    }

    @EventHandler
    void on(AskMade event) {
        touch(event);
    }

    private void touch(LedgerEvent event) {
        ContactsFold.interactionOf(event).ifPresent(interaction -> {
            interactions.put(StoredInteraction.of(event.ledgerId(), interaction, null, false));
            change(event, null, interaction);
        });
    }

    /** An amendment of a favor retracted already changes nothing; the command side never records one. */
    @EventHandler
    void on(FavorAmended event) {
        StoredInteraction stored = interactionOf(event, ContactsFold.favorKey(event.favorId()));
        if (stored.retracted()) {
            return;
        }
        FavorRecorded amended = event.applyTo(stored.favor());
        Interaction after = ContactsFold.interactionOf(amended);
        interactions.put(StoredInteraction.of(event.ledgerId(), after, amended, false));
        change(event, stored.interaction(), after);
    }

    @EventHandler
    void on(FavorRetracted event) {
        retract(event, ContactsFold.favorKey(event.favorId()));
    }

    @EventHandler
    void on(MeetingRetracted event) {
        retract(event, ContactsFold.meetingKey(event.meetingId()));
    }

    private void retract(LedgerEvent event, String key) {
        StoredInteraction stored = interactionOf(event, key);
        if (stored.retracted()) {
            return;
        }
        interactions.put(StoredInteraction.of(event.ledgerId(), stored.interaction(), stored.favor(), true));
        change(event, stored.interaction(), null);
    }

    private void change(LedgerEvent cause, Interaction before, Interaction after) {
        ContactsLedger ledger = ledgerOf(cause.ledgerId());
        for (ContactsFold.Change change : ContactsFold.changes(before, after, ledger)) {
            Contact contact = contactOf(cause, change.contactId());
            contacts.put(StoredContact.of(completed(ContactsFold.apply(contact, change), ledger)));
        }
    }

    /** The stored interactions a contact's latest are looked up in again, this batch's changes included. */
    private Contact completed(Contact contact, ContactsLedger ledger) {
        return ContactsFold.completed(contact, ledger, named -> interactions.candidates(
                        and(eq("ledgerId", ledger.ledgerId()), eq("retracted", false),
                            in("interaction.contactIds", named)),
                        descending("interaction.occurredAt"), Contact.KEPT_TOUCHES + 1).stream()
                .filter(stored -> stored.ledgerId().equals(ledger.ledgerId()) && !stored.retracted())
                .map(StoredInteraction::interaction).toList());
    }

    @ResetHandler
    void reset() {
        store.ledgers.deleteMany(new Document());
        store.contacts.deleteMany(new Document());
        store.interactions.deleteMany(new Document());
    }

    /** Events of a ledger come in order, its opening first; a ledger without one means a broken history. */
    private ContactsLedger ledgerOf(String ledgerId) {
        return ledgers.find(ledgerId)
                      .orElseThrow(() -> new IllegalStateException("Ledger " + ledgerId + " was never opened"));
    }

    private Contact contactOf(LedgerEvent cause, String contactId) {
        return contacts.find(StoredContact.key(cause.ledgerId(), contactId)).map(StoredContact::contact)
                       .orElseThrow(() -> new IllegalStateException(
                               cause.getClass().getSimpleName() + " names " + contactId
                                       + ", who was never added to ledger " + cause.ledgerId()));
    }

    /** A correction comes after what it corrects: the event store holds an aggregate's events in order. */
    private StoredInteraction interactionOf(LedgerEvent cause, String key) {
        return interactions.find(StoredInteraction.key(cause.ledgerId(), key)).orElseThrow(() -> new IllegalStateException(
                cause.getClass().getSimpleName() + " corrects " + key + " of ledger " + cause.ledgerId()
                        + ", which was never recorded"));
    }
}
