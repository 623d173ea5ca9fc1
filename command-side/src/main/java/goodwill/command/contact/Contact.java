package goodwill.command.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.ContactAdded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A person in one ledger. A busy contact gathers a long history, so it is snapshotted. */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Contact {

    @AggregateIdentifier
    private String id;
    private ContactAdded added;

    /** Axon rebuilds a contact by applying its history to an empty one. */
    Contact() {
    }

    /**
     * Adds the contact, or, when the same contact was added already, does nothing: a retried request
     * records one contact. The same id with different details is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddContact command, LedgerDirectory directory, Timekeeper time) {
        if (added != null) {
            // A retry without occurredAt means "the time of the first request".
            var occurredAt = command.occurredAt() == null ? added.occurredAt() : command.occurredAt();
            if (!added.equals(command.toEvent(occurredAt))) {
                throw CommandRefusedException.idConflict("contactId", command.contactId());
            }
            return;
        }
        directory.requireLedger(command.ledgerId());
        if (directory.isLiveContact(command.ledgerId(), command.contactId())) {
            throw CommandRefusedException.idConflict("contactId", command.contactId()); // it is me
        }
        var occurredAt = command.occurredAt() == null ? time.now() : time.notInFuture("occurredAt", command.occurredAt());
        apply(command.toEvent(occurredAt));
    }

    @EventSourcingHandler
    void on(ContactAdded event) {
        id = Ids.contact(event.ledgerId(), event.contactId());
        added = event;
    }
}
