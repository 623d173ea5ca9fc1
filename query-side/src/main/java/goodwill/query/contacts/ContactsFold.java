package goodwill.query.contacts;

import static goodwill.query.ReadModelCollections.CONTACTS;
import static goodwill.query.ReadModelCollections.CONTACTS_INTERACTIONS;
import static goodwill.query.ReadModelCollections.CONTACTS_LEDGERS;
import static goodwill.query.ReadModelCollections.CONTACTS_TOUCHES;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRoleChanged;
import goodwill.query.DocumentStore;
import goodwill.query.Documents;
import goodwill.query.Fold;
import goodwill.query.Merges;
import goodwill.query.Named;
import goodwill.query.Recorded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The one definition of the contacts directory: the same fold keeps the projection's collections and a history in
 * memory. No clock, no I/O of its own.
 * <p>
 * A contact's last interaction is the latest {@code occurredAt} of any favor, meeting, introduction, commitment
 * or ask naming it (as giver, receiver or the one a favor was done toward; attendee or initiator; introducer
 * or either person introduced; promiser or promisee; asker or asked). Answers to asks, outcomes of
 * introductions and resolutions of commitments name nobody and do not count. Corrections count as they say: a
 * retracted favor or meeting counts nowhere, an amended favor counts with its amended parties and time, and a
 * merged contact's interactions, earlier and later, count for the survivor.
 * <p>
 * Something seen again is kept as it is (a replayed batch writes the same documents). An event of a ledger never
 * opened, a change of a contact never added or a correction of an interaction never recorded changes nothing.
 */
public final class ContactsFold implements Fold {

    /** The events that are interactions: a contact's last interaction is the latest of those naming it. */
    private static final Set<Class<? extends LedgerEvent>> INTERACTIONS = Set.of(
            FavorRecorded.class, MeetingRecorded.class, IntroductionMade.class, CommitmentMade.class, AskMade.class);

    /** How many positions of the event store the interactions of a {@link TouchPage} were recorded on. */
    static final int PAGE = 128;

    private final Documents<ContactsLedger> ledgers;
    private final Documents<StoredContact> contacts;
    private final Documents<StoredInteraction> interactions;
    private final Documents<TouchPage> touches;

    /**
     * The ledger and the interaction an event names are loaded with the batch's others, and so are the contacts it
     * names as recorded and their pages at the event's position. Contacts are looked for as they count now, so a
     * merged one is found by its survivor, a key no event names; so are the pages of an interaction corrected.
     */
    public ContactsFold(DocumentStore store) {
        this.ledgers = store.documents(CONTACTS_LEDGERS, ContactsLedger.class, ContactsLedger::ledgerId,
                                       event -> Stream.of(event.ledgerId()));
        this.interactions = store.documents(CONTACTS_INTERACTIONS, StoredInteraction.class, StoredInteraction::id,
                                            event -> interactionKeyOf(event).stream().map(
                                                    key -> StoredInteraction.key(event.ledgerId(), key)));
        this.contacts = store.documents(CONTACTS, StoredContact.class, StoredContact::id,
                                        event -> Named.contactsOf(event).stream()
                                                      .map(id -> StoredContact.key(event.ledgerId(), id)));
        this.touches = store.documentsByRecording(CONTACTS_TOUCHES, TouchPage.class, TouchPage::id,
                                                  ContactsFold::pagesAddedTo);
    }

    @Override
    public Set<Class<? extends LedgerEvent>> ignores() {
        return Set.of(IntroductionOutcomeRecorded.class, CommitmentKept.class, CommitmentBroken.class,
                      CommitmentReleased.class, AskAnswered.class, MemberAdded.class, MemberRoleChanged.class,
                      MemberRemoved.class);
    }

    @Override
    public void apply(Recorded recorded) {
        LedgerEvent event = recorded.event();
        if (ignores().contains(event.getClass())) {
            return;
        }
        Optional<ContactsLedger> known = ledgers.find(event.ledgerId());
        if (event instanceof LedgerOpened opened) {
            // Seen again, the ledger keeps the merges recorded since, and me keeps what happened since (me may be
            // written and the ledger not, when a crash stopped the batch's writes between the two).
            if (known.isEmpty()) {
                ledgers.put(new ContactsLedger(opened.ledgerId(), opened.meId(), Map.of(), List.of()));
                String meKey = StoredContact.key(opened.ledgerId(), opened.meId());
                if (contacts.find(meKey).isEmpty()) {
                    contacts.put(StoredContact.of(me(opened)));
                }
            }
        } else {
            known.ifPresent(ledger -> apply(ledger, recorded));
        }
    }

    private void apply(ContactsLedger ledger, Recorded recorded) {
        LedgerEvent event = recorded.event();
        String ledgerId = ledger.ledgerId();
        if (event instanceof ContactAdded added) {
            if (contacts.find(StoredContact.key(ledgerId, added.contactId())).isEmpty()) {
                contacts.put(StoredContact.of(ListedContact.added(added, false)));
            }
        } else if (event instanceof ContactDetailsChanged change) {
            update(ledgerId, change.contactId(), contact -> contact.changed(change));
        } else if (event instanceof ContactArchived archival) {
            update(ledgerId, archival.contactId(), contact -> contact.archived(archival.occurredAt()));
        } else if (event instanceof ContactForgotten forgetting) {
            UnaryOperator<ListedContact> forgotten = contact -> contact.forgotten(forgetting.occurredAt());
            update(ledgerId, forgetting.contactId(), forgotten);
            // The duplicates merged into the person are the same person: forgotten with them.
            mergedInto(ledger, forgetting.contactId()).forEach(contactId -> update(ledgerId, contactId, forgotten));
        } else if (event instanceof ContactsMerged merge) {
            merge(ledger, merge);
        } else if (event instanceof FavorAmended amendment) {
            correct(ledger, Named.correctsOf(amendment), stored -> {
                FavorRecorded amended = amendment.applyTo(stored.favor());
                return stored.amended(amended, interaction(amended));
            });
        } else if (Named.isCorrection(event)) {
            correct(ledger, Named.correctsOf(event), StoredInteraction::asRetracted);
        } else {
            interactionOf(event).ifPresent(interaction -> record(
                    ledger, interaction, event instanceof FavorRecorded favor ? favor : null,
                    TouchPage.of(recorded.positionFor(ContactsProjection.PROCESSING_GROUP))));
        }
    }

    /**
     * The survivor takes the merged contact's interactions; the merged one, and any merged into it earlier, point
     * at the survivor.
     */
    private void merge(ContactsLedger before, ContactsMerged merge) {
        String ledgerId = before.ledgerId();
        ContactsLedger ledger = before.withMerged(merge.mergedId(), merge.survivorId());
        ledgers.put(ledger);
        String survivorId = ledger.survivorOf(merge.mergedId());
        for (String contactId : mergedInto(before, merge.mergedId())) {
            update(ledgerId, contactId, contact -> contact.mergedAway(survivorId));
        }
        contacts.find(StoredContact.key(ledgerId, merge.mergedId())).map(StoredContact::contact).ifPresent(merged -> {
            update(ledgerId, survivorId, survivor -> completed(survivor.with(merged), ledger));
            contacts.put(StoredContact.of(merged.mergedAway(survivorId)));
        });
    }

    /**
     * A new interaction is kept on the page of its position, which the ledger counts among its pages. Seen again,
     * it stays as its corrections left it, and the ledger counts its page still (a crash may have written it and
     * not the ledger).
     */
    private void record(ContactsLedger ledger, Interaction interaction, FavorRecorded favor, long page) {
        Optional<StoredInteraction> seen =
                interactions.find(StoredInteraction.key(ledger.ledgerId(), interaction.key()));
        ContactsLedger counted = ledger.counting(seen.map(StoredInteraction::page).orElse(page));
        if (counted != ledger) {
            ledgers.put(counted);
        }
        if (seen.isEmpty()) {
            interactions.put(StoredInteraction.recorded(ledger.ledgerId(), interaction, favor, page));
            count(counted, page, null, interaction);
        }
    }

    /** An amendment or a retraction of an interaction retracted already changes nothing. */
    private void correct(ContactsLedger ledger, String key, UnaryOperator<StoredInteraction> correction) {
        interactions.find(StoredInteraction.key(ledger.ledgerId(), key)).filter(stored -> !stored.retracted())
                    .ifPresent(stored -> {
                        StoredInteraction corrected = correction.apply(stored);
                        interactions.put(corrected);
                        count(ledger, stored.page(), stored.interaction(),
                              corrected.retracted() ? null : corrected.interaction());
                    });
    }

    /**
     * An interaction changing from {@code before} (null: new) to {@code after} (null: retracted): on the pages of
     * the contacts it names as recorded, then at each contact as it counts now (a merged one, by its survivor).
     */
    private void count(ContactsLedger ledger, long page, Interaction before, Interaction after) {
        String ledgerId = ledger.ledgerId();
        List<String> named = after == null ? List.of() : after.contactIds();
        if (before != null) {
            before.contactIds().stream().filter(contactId -> !named.contains(contactId)).forEach(
                    contactId -> touches.find(TouchPage.key(ledgerId, contactId, page))
                                        .ifPresent(kept -> touches.put(kept.without(before.key()))));
        }
        for (String contactId : named) {
            String id = TouchPage.key(ledgerId, contactId, page);
            touches.put(touches.find(id).orElseGet(() -> new TouchPage(id, List.of())).with(after.touch()));
        }
        Set<String> was = survivors(before, ledger);
        Set<String> now = survivors(after, ledger);
        for (String contactId : was) {
            if (!now.contains(contactId)) {
                update(ledgerId, contactId, contact -> completed(contact.untouched(before.key()), ledger));
            }
        }
        for (String contactId : now) {
            update(ledgerId, contactId, contact -> completed(contact.touched(after.touch()), ledger));
        }
    }

    /**
     * The contact as it is, or, when corrections took out every interaction it kept from the time of those it
     * left out on, with the latest taken again from the pages of everyone counted for it: itself and those merged
     * into it.
     */
    private ListedContact completed(ListedContact contact, ContactsLedger ledger) {
        if (!contact.needsEarlierTouches()) {
            return contact;
        }
        List<String> countedHere = new ArrayList<>();
        countedHere.add(contact.contactId());
        countedHere.addAll(mergedInto(ledger, contact.contactId()));
        Map<String, Touch> live = new LinkedHashMap<>();
        for (String contactId : countedHere) {
            for (long page : ledger.pages()) {
                touches.find(TouchPage.key(ledger.ledgerId(), contactId, page))
                       .ifPresent(kept -> kept.touches().forEach(touch -> live.put(touch.key(), touch)));
            }
        }
        return contact.withEarlierTouches(live.values().stream().sorted(ListedContact.LATEST_FIRST)
                                              .limit(ListedContact.KEPT_TOUCHES + 1).toList());
    }

    private void update(String ledgerId, String contactId, UnaryOperator<ListedContact> change) {
        contacts.find(StoredContact.key(ledgerId, contactId))
                .ifPresent(stored -> contacts.put(StoredContact.of(change.apply(stored.contact()))));
    }

    /** The contacts merged into {@code survivorId} so far. */
    private static List<String> mergedInto(ContactsLedger ledger, String survivorId) {
        return Merges.mergedInto(ledger.mergedInto(), survivorId);
    }

    private static Set<String> survivors(Interaction interaction, ContactsLedger ledger) {
        Set<String> contactIds = new LinkedHashSet<>();
        if (interaction != null) {
            interaction.contactIds().forEach(contactId -> contactIds.add(ledger.survivorOf(contactId)));
        }
        return contactIds;
    }

    /** Me, who is a contact of the ledger from its opening, without a {@link ContactAdded} of its own. */
    private static ListedContact me(LedgerOpened opened) {
        return ListedContact.added(new ContactAdded(opened.ledgerId(), opened.meId(), opened.ownerName(), null, null,
                                                    null, List.of(), null, opened.occurredAt()), true);
    }

    /** The pages a new interaction is kept on: those of the contacts it names, at its position; no other event's. */
    private static Stream<String> pagesAddedTo(Recorded recorded) {
        LedgerEvent event = recorded.event();
        if (recorded.position() < 0 || !INTERACTIONS.contains(event.getClass())) {
            return Stream.empty();
        }
        return Named.contactsOf(event).stream().map(
                contactId -> TouchPage.key(event.ledgerId(), contactId, TouchPage.of(recorded.position())));
    }

    /** The key of the interaction an event records or corrects, if any: the one {@link #apply} looks for. */
    private static Optional<String> interactionKeyOf(LedgerEvent event) {
        return Named.isCorrection(event) ? Optional.of(Named.correctsOf(event))
                : interactionOf(event).map(Interaction::key);
    }

    /** The interaction a new favor, meeting, introduction, commitment or ask is; empty for any other event. */
    private static Optional<Interaction> interactionOf(LedgerEvent event) {
        return INTERACTIONS.contains(event.getClass()) ? Optional.of(interaction(event)) : Optional.empty();
    }

    private static Interaction interaction(LedgerEvent event) {
        return new Interaction(Named.subjectOf(event), Named.contactsOf(event), event.occurredAt());
    }
}
