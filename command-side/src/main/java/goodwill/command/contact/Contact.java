package goodwill.command.contact;

import static goodwill.command.Retries.recordedAlready;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import java.util.List;
import java.util.Objects;
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
    /** The contact's details as its changes left them. */
    private ContactAdded current;
    private ContactArchived archived;
    private ContactsMerged merged;

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
        if (recordedAlready(added, command.occurredAt(), command::toEvent,
                            () -> CommandRefusedException.idConflict("contactId", command.contactId()))) {
            return;
        }
        directory.requireLedger(command.ledgerId());
        if (directory.isLiveContact(command.ledgerId(), command.contactId())) {
            throw CommandRefusedException.idConflict("contactId", command.contactId()); // it is me
        }
        apply(command.toEvent(time.recordableOrNow("occurredAt", command.occurredAt())));
    }

    /**
     * Changes the details that differ from the contact's current ones; a change that leaves them as they are
     * (a retried request, say) records nothing. An archived or merged contact is changed no more.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ChangeContactDetails command, LedgerDirectory directory, Timekeeper time) {
        requireLive(command.ledgerId(), command.contactId(), directory);
        ContactAdded current = details();
        var change = new ContactDetailsChanged(command.ledgerId(), command.contactId(),
                                               differing(command.displayName(), current.displayName()),
                                               differing(command.organization(), current.organization()),
                                               differing(command.role(), current.role()),
                                               differing(command.email(), current.email()),
                                               differing(command.tags(), current.tags()),
                                               differing(command.howWeMet(), current.howWeMet()),
                                               null);
        if (change.applyTo(current).equals(current)) {
            return;
        }
        apply(new ContactDetailsChanged(change.ledgerId(), change.contactId(), change.displayName(),
                                        change.organization(), change.role(), change.email(), change.tags(),
                                        change.howWeMet(), time.recordableOrNow("occurredAt", command.occurredAt())));
    }

    /** Archives the contact, or, when it was archived already for the same reason, does nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ArchiveContact command, LedgerDirectory directory, Timekeeper time) {
        requireAdded(command.ledgerId(), command.contactId(), directory);
        if (merged != null) {
            throw CommandRefusedException.alreadyMerged(command.contactId(), merged.survivorId());
        }
        if (recordedAlready(archived, command.occurredAt(), command::toEvent,
                            () -> CommandRefusedException.alreadyArchived(command.contactId()))) {
            return;
        }
        apply(command.toEvent(time.recordableOrNow("occurredAt", command.occurredAt())));
    }

    /**
     * Merges this contact into a live one, or, when it was merged into the same one already, does nothing.
     * Recorded here, on the merged contact, because one unit of work appends to one aggregate only.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MergeContact command, LedgerDirectory directory, Timekeeper time) {
        requireAdded(command.ledgerId(), command.contactId(), directory);
        if (recordedAlready(merged, command.occurredAt(), command::toEvent,
                            () -> CommandRefusedException.alreadyMerged(command.contactId(), merged.survivorId()))) {
            return;
        }
        if (archived != null) {
            throw CommandRefusedException.alreadyArchived(command.contactId());
        }
        if (command.intoContactId().equals(command.contactId())) {
            throw CommandRefusedException.mergeIntoItself("intoContactId");
        }
        var occurredAt = time.recordableOrNow("occurredAt", command.occurredAt());
        directory.requireLiveContact(command.ledgerId(), "intoContactId", command.intoContactId());
        apply(command.toEvent(occurredAt));
    }

    /**
     * A contact never added is unknown (a 404: it is the contact in the path), unless it is me, who is a live
     * contact without a {@code ContactAdded} and is never changed, archived or merged away as one.
     */
    private void requireAdded(String ledgerId, String contactId, LedgerDirectory directory) {
        directory.requireRecorded(ledgerId, added, () -> directory.isLiveContact(ledgerId, contactId)
                ? CommandRefusedException.isMe(contactId)
                : CommandRefusedException.noSuchContact(contactId));
    }

    private void requireLive(String ledgerId, String contactId, LedgerDirectory directory) {
        requireAdded(ledgerId, contactId, directory);
        if (merged != null) {
            throw CommandRefusedException.alreadyMerged(contactId, merged.survivorId());
        }
        if (archived != null) {
            throw CommandRefusedException.alreadyArchived(contactId);
        }
    }

    private static <T> T differing(T given, T current) {
        return given == null || Objects.equals(given, current) ? null : given;
    }

    private static List<String> differing(List<String> given, List<String> current) {
        return given == null || List.copyOf(given).equals(current) ? null : given;
    }

    @EventSourcingHandler
    void on(ContactAdded event) {
        id = Ids.contact(event.ledgerId(), event.contactId());
        added = event;
        current = event;
    }

    @EventSourcingHandler
    void on(ContactDetailsChanged event) {
        current = event.applyTo(details());
    }

    /** A snapshot taken before contacts could change has no {@code current}: the details are then as added. */
    private ContactAdded details() {
        return current == null ? added : current;
    }

    @EventSourcingHandler
    void on(ContactArchived event) {
        archived = event;
    }

    @EventSourcingHandler
    void on(ContactsMerged event) {
        merged = event;
    }
}
