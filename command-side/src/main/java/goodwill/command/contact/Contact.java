package goodwill.command.contact;

import static goodwill.command.Retries.recordedAlready;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.AboutSomeone;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A person in one ledger. It is never snapshotted: a snapshot would be a copy of their details in clear, out of reach
 * of their data key, and a contact's own history (details, archival, merge, forgetting) stays short.
 */
@Aggregate
class Contact {

    @AggregateIdentifier
    private String id;
    private ContactAdded added;
    /** The contact's details as its changes left them. */
    private ContactAdded current;
    private ContactArchived archived;
    private ContactsMerged merged;
    private ContactForgotten forgotten;

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
        ContactDetailsChanged change = changeTo(new ContactDetailsChanged(
                command.ledgerId(), command.contactId(), command.displayName(), command.organization(), command.role(),
                command.email(), command.tags(), command.howWeMet(), null, command.phone(), command.url()),
                                                () -> time.recordableOrNow("occurredAt", command.occurredAt()));
        if (change != null) {
            apply(change);
        }
    }

    /**
     * Imports the contact: adds them when they are new, and otherwise changes the details in which the file's differ
     * from theirs (the file's tags are added to theirs, none taken away); a contact archived or merged away is left
     * as it is. Dry run, it only answers what it would do.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ImportContact.Outcome handle(ImportContact command, LedgerDirectory directory, Timekeeper time) {
        AddContact person = command.person();
        if (added == null) {
            directory.requireLedger(person.ledgerId());
            ContactAdded contact = person.toEvent(time.recordableOrNow("occurredAt", person.occurredAt()));
            if (!command.dryRun()) {
                apply(contact);
            }
            return ImportContact.Outcome.of(ImportContact.Outcome.Action.ADD);
        }
        if (forgotten != null) {
            return ImportContact.Outcome.of(ImportContact.Outcome.Action.FORGOTTEN);
        }
        if (merged != null) {
            return ImportContact.Outcome.of(ImportContact.Outcome.Action.MERGED);
        }
        if (archived != null) {
            return ImportContact.Outcome.of(ImportContact.Outcome.Action.ARCHIVED);
        }
        ContactAdded current = details();
        List<String> tags = Stream.concat(current.tags().stream(),
                                          Objects.requireNonNullElse(person.tags(), List.<String>of()).stream())
                                  .distinct().toList();
        ContactDetailsChanged change = changeTo(new ContactDetailsChanged(
                person.ledgerId(), person.contactId(), person.displayName(), person.organization(), person.role(),
                person.email(), tags, person.howWeMet(), null, person.phone(), person.url()), time::now);
        if (change == null) {
            return ImportContact.Outcome.of(ImportContact.Outcome.Action.UNCHANGED);
        }
        if (!command.dryRun()) {
            apply(change);
        }
        return new ImportContact.Outcome(ImportContact.Outcome.Action.CHANGE, changes(current, change.applyTo(current)));
    }

    /**
     * The change to the given details (null ones stay), or null when they are the contact's already.
     *
     * @param given      the details asked for, as a change without its time
     * @param occurredAt when the change happened, asked only of a change
     */
    private ContactDetailsChanged changeTo(ContactDetailsChanged given, Supplier<Instant> occurredAt) {
        ContactAdded current = details();
        var change = new ContactDetailsChanged(current.ledgerId(), current.contactId(),
                                               differing(given.displayName(), current.displayName()),
                                               differing(given.organization(), current.organization()),
                                               differing(given.role(), current.role()),
                                               differing(given.email(), current.email()),
                                               differing(given.tags(), current.tags()),
                                               differing(given.howWeMet(), current.howWeMet()),
                                               null,
                                               differing(given.phone(), current.phone()),
                                               differing(given.url(), current.url()));
        if (change.applyTo(current).equals(current)) {
            return null;
        }
        return new ContactDetailsChanged(change.ledgerId(), change.contactId(), change.displayName(),
                                         change.organization(), change.role(), change.email(), change.tags(),
                                         change.howWeMet(), occurredAt.get(), change.phone(), change.url());
    }

    /** Each detail that differs, in words: {@code organization: Acme → Initech}. */
    private static List<String> changes(ContactAdded before, ContactAdded after) {
        List<String> changes = new ArrayList<>();
        BiConsumer<String, Function<ContactAdded, Object>> compare = (field, detail) -> {
            if (!Objects.equals(detail.apply(before), detail.apply(after))) {
                changes.add(field + ": " + Objects.requireNonNullElse(detail.apply(before), "(none)") + " → "
                            + detail.apply(after));
            }
        };
        compare.accept("displayName", ContactAdded::displayName);
        compare.accept("organization", ContactAdded::organization);
        compare.accept("role", ContactAdded::role);
        compare.accept("email", ContactAdded::email);
        compare.accept("tags", ContactAdded::tags);
        compare.accept("howWeMet", ContactAdded::howWeMet);
        compare.accept("phone", ContactAdded::phone);
        compare.accept("url", ContactAdded::url);
        return changes;
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
     * Forgets the person: they stop being a live contact, and their data key is destroyed once this is recorded.
     * Archived or merged, they may still be forgotten; forgotten, they are not again (409), and me never is.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ForgetContact command, LedgerDirectory directory, Timekeeper time) {
        requireAdded(command.ledgerId(), command.contactId(), directory);
        String reason = command.reason();
        if (reason != null && named(reason, details())) {
            throw CommandRefusedException.reasonNamesThePerson("reason", command.contactId());
        }
        apply(new ContactForgotten(command.ledgerId(), command.contactId(), reason, time.now()));
    }

    /**
     * Whether the text holds the person's email or a word of their name (of three letters or more), which a reason
     * that stays readable must not.
     */
    private static boolean named(String text, ContactAdded person) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.ofNullable(person.email()),
                             Stream.ofNullable(person.displayName())
                                   .filter(name -> !name.equals(AboutSomeone.FORGOTTEN_NAME))
                                   .flatMap(name -> Stream.of(name.split("[\\s,]+"))))
                     .map(detail -> detail.strip().toLowerCase(Locale.ROOT)).filter(detail -> detail.length() > 2)
                     .anyMatch(lower::contains);
    }

    /**
     * A contact never added is unknown (a 404: it is the contact in the path), unless it is me, who is a live
     * contact without a {@code ContactAdded} and is never changed, archived, merged away or forgotten as one. A
     * forgotten contact is done with: nothing more is recorded about them (409).
     */
    private void requireAdded(String ledgerId, String contactId, LedgerDirectory directory) {
        directory.requireRecorded(ledgerId, added, () -> directory.isLiveContact(ledgerId, contactId)
                ? CommandRefusedException.isMe(contactId)
                : CommandRefusedException.noSuchContact(contactId));
        if (forgotten != null) {
            throw CommandRefusedException.contactForgotten(contactId);
        }
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

    @EventSourcingHandler
    void on(ContactForgotten event) {
        forgotten = event;
    }
}
