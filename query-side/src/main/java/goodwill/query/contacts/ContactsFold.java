package goodwill.query.contacts;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one definition of the contacts directory, as pure functions: no I/O, no clock. The projection applies
 * them to documents, a report to a history up to a date, a test to a list of events.
 * <p>
 * A contact's last interaction is the latest {@code occurredAt} of any favor, meeting, introduction, commitment
 * or ask naming it (as giver, receiver or the one a favor was done toward; attendee or initiator; introducer
 * or either person introduced; promiser or promisee; asker or asked). Answers to asks, outcomes of
 * introductions and resolutions of commitments name nobody and do not count. Corrections count as they say: a
 * retracted favor or meeting counts nowhere, an amended favor counts with its amended parties and time, and a
 * merged contact's interactions, earlier and later, count for the survivor.
 */
public final class ContactsFold {

    private ContactsFold() {
    }

    /** One contact's interaction set changing: {@code touch} counted, or, when null, the interaction taken out. */
    public record Change(String contactId, String key, Touch touch) {
    }

    /** Me, who is a contact of the ledger from its opening, without a {@link ContactAdded} of its own. */
    public static Contact me(LedgerOpened opened) {
        return new Contact(opened.ledgerId(), opened.meId(), opened.ownerName(), null, null, null, List.of(), null,
                           true, opened.occurredAt(), false, null, null, List.of(), null);
    }

    public static Contact added(ContactAdded added) {
        return new Contact(added.ledgerId(), added.contactId(), added.displayName(), added.organization(),
                           added.role(), added.email(), added.tags(), added.howWeMet(), false, added.occurredAt(),
                           false, null, null, List.of(), null);
    }

    /** The contact's details as the change leaves them; a null value leaves the detail as it was. */
    public static Contact changed(Contact contact, ContactDetailsChanged change) {
        return new Contact(contact.ledgerId(), contact.contactId(),
                           change.displayName() == null ? contact.displayName() : change.displayName(),
                           change.organization() == null ? contact.organization() : change.organization(),
                           change.role() == null ? contact.role() : change.role(),
                           change.email() == null ? contact.email() : change.email(),
                           change.tags() == null ? contact.tags() : change.tags(),
                           change.howWeMet() == null ? contact.howWeMet() : change.howWeMet(),
                           contact.me(), contact.addedAt(), contact.archived(), contact.archivedAt(),
                           contact.mergedInto(), contact.touches(), contact.earlierUpTo());
    }

    /** Archived once: archived again, it keeps the first date. */
    public static Contact archived(Contact contact, ContactArchived archival) {
        if (contact.archived()) {
            return contact;
        }
        return new Contact(contact.ledgerId(), contact.contactId(), contact.displayName(), contact.organization(),
                           contact.role(), contact.email(), contact.tags(), contact.howWeMet(), contact.me(),
                           contact.addedAt(), true, archival.occurredAt(), contact.mergedInto(), contact.touches(),
                           contact.earlierUpTo());
    }

    /**
     * The survivor with every interaction of the merged contact counted too (one in both counts once); it may
     * then {@linkplain Contact#needsEarlierTouches() need its earlier ones}.
     */
    public static Contact tookOver(Contact survivor, Contact merged) {
        return survivor.with(merged);
    }

    /** The merged contact, pointing at its survivor; its interactions now count there, not here. */
    public static Contact mergedAway(Contact merged, String survivorId) {
        return new Contact(merged.ledgerId(), merged.contactId(), merged.displayName(), merged.organization(),
                           merged.role(), merged.email(), merged.tags(), merged.howWeMet(), merged.me(),
                           merged.addedAt(), merged.archived(), merged.archivedAt(), survivorId, List.of(), null);
    }

    /** The contacts merged earlier into one that is merged now: they point at its survivor from now on. */
    public static List<String> mergedEarlierInto(ContactsLedger before, String mergedId) {
        List<String> contactIds = new ArrayList<>();
        before.mergedInto().forEach((contactId, survivorId) -> {
            if (survivorId.equals(mergedId)) {
                contactIds.add(contactId);
            }
        });
        return contactIds;
    }

    /** The interaction a new favor, meeting, introduction, commitment or ask is; empty for any other event. */
    public static Optional<Interaction> interactionOf(LedgerEvent event) {
        if (event instanceof FavorRecorded favor) {
            return Optional.of(interactionOf(favor));
        }
        if (event instanceof MeetingRecorded meeting) {
            List<String> named = new ArrayList<>(meeting.attendeeIds());
            named.add(meeting.initiatorId());
            return Optional.of(interaction(meetingKey(meeting.meetingId()), named, meeting));
        }
        if (event instanceof IntroductionMade introduction) {
            return Optional.of(interaction("introduction:" + introduction.introductionId(),
                                           List.of(introduction.introducerId(), introduction.personAId(),
                                                   introduction.personBId()), introduction));
        }
        if (event instanceof CommitmentMade commitment) {
            return Optional.of(interaction("commitment:" + commitment.commitmentId(),
                                           List.of(commitment.promiserId(), commitment.promiseeId()), commitment));
        }
        if (event instanceof AskMade ask) {
            return Optional.of(interaction("ask:" + ask.askId(), List.of(ask.askerId(), ask.askedId()), ask));
        }
        return Optional.empty();
    }

    public static Interaction interactionOf(FavorRecorded favor) {
        List<String> named = new ArrayList<>();
        named.add(favor.giverId());
        named.add(favor.receiverId());
        named.add(favor.towardId());
        return interaction(favorKey(favor.favorId()), named, favor);
    }

    static String favorKey(String favorId) {
        return "favor:" + favorId;
    }

    static String meetingKey(String meetingId) {
        return "meeting:" + meetingId;
    }

    private static Interaction interaction(String key, List<String> named, LedgerEvent event) {
        Set<String> contactIds = new LinkedHashSet<>(named);
        contactIds.remove(null);
        return new Interaction(key, new ArrayList<>(contactIds), event.occurredAt());
    }

    /**
     * What an interaction changing from {@code before} (null: new) to {@code after} (null: retracted) changes,
     * contact by contact, naming each contact as it counts now (a merged one, by its survivor).
     */
    public static List<Change> changes(Interaction before, Interaction after, ContactsLedger ledger) {
        Set<String> was = resolved(before, ledger);
        Set<String> now = resolved(after, ledger);
        List<Change> changes = new ArrayList<>();
        for (String contactId : was) {
            if (!now.contains(contactId)) {
                changes.add(new Change(contactId, before.key(), null));
            }
        }
        for (String contactId : now) {
            changes.add(new Change(contactId, after.key(), after.touch()));
        }
        return changes;
    }

    /** The contact with the change applied; it may then {@linkplain #completed need its earlier interactions}. */
    public static Contact apply(Contact contact, Change change) {
        return change.touch() == null ? contact.untouched(change.key()) : contact.touched(change.touch());
    }

    /**
     * The contact as it is, or, when corrections took out every interaction it kept from the time of those it
     * left out on, with the latest looked up again: {@code liveNaming} gives the live interactions (not retracted,
     * as amended) that name any of the given contact ids, or more; only those counted for the contact are kept.
     */
    public static Contact completed(Contact contact, ContactsLedger ledger,
                                    Function<Set<String>, Collection<Interaction>> liveNaming) {
        if (!contact.needsEarlierTouches()) {
            return contact;
        }
        Set<String> countedHere = new LinkedHashSet<>();
        countedHere.add(contact.contactId());
        countedHere.addAll(mergedEarlierInto(ledger, contact.contactId()));
        List<Touch> latest = liveNaming.apply(countedHere).stream()
                .filter(interaction -> interaction.contactIds().stream()
                        .anyMatch(named -> ledger.survivorOf(named).equals(contact.contactId())))
                .map(Interaction::touch).sorted(Contact.LATEST_FIRST).limit(Contact.KEPT_TOUCHES + 1).toList();
        return contact.withEarlierTouches(latest);
    }

    private static Set<String> resolved(Interaction interaction, ContactsLedger ledger) {
        Set<String> contactIds = new LinkedHashSet<>();
        if (interaction != null) {
            interaction.contactIds().forEach(contactId -> contactIds.add(ledger.survivorOf(contactId)));
        }
        return contactIds;
    }

    /** The directory after one ledger's history, by contact id, me first, then in the order contacts were added. */
    public static Map<String, Contact> fold(List<? extends LedgerEvent> history) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        Map<String, FavorRecorded> favors = new HashMap<>();
        Map<String, Interaction> live = new LinkedHashMap<>();
        ContactsLedger ledger = null;
        for (LedgerEvent event : history) {
            if (event instanceof LedgerOpened opened) {
                if (ledger == null) {
                    ledger = new ContactsLedger(opened.ledgerId(), opened.meId(), Map.of());
                    contacts.putIfAbsent(opened.meId(), me(opened));
                }
                continue;
            }
            if (ledger == null || !event.ledgerId().equals(ledger.ledgerId())) {
                continue;
            }
            List<Change> changes = List.of();
            if (event instanceof ContactAdded added) {
                contacts.putIfAbsent(added.contactId(), added(added));
            } else if (event instanceof ContactDetailsChanged change) {
                contacts.computeIfPresent(change.contactId(), (id, contact) -> changed(contact, change));
            } else if (event instanceof ContactArchived archival) {
                contacts.computeIfPresent(archival.contactId(), (id, contact) -> archived(contact, archival));
            } else if (event instanceof ContactsMerged merge) {
                List<String> mergedEarlier = mergedEarlierInto(ledger, merge.mergedId());
                ledger = ledger.withMerged(merge.mergedId(), merge.survivorId());
                String survivorId = ledger.survivorOf(merge.mergedId());
                for (String contactId : mergedEarlier) {
                    contacts.computeIfPresent(contactId, (id, contact) -> mergedAway(contact, survivorId));
                }
                Contact merged = contacts.get(merge.mergedId());
                ContactsLedger after = ledger;
                if (merged != null) {
                    contacts.computeIfPresent(survivorId, (id, survivor) ->
                            completed(tookOver(survivor, merged), after, named -> live.values()));
                    contacts.put(merge.mergedId(), mergedAway(merged, survivorId));
                }
            } else if (event instanceof FavorAmended amendment) {
                FavorRecorded before = favors.get(amendment.favorId());
                if (before != null) {
                    FavorRecorded after = amendment.applyTo(before);
                    favors.put(after.favorId(), after);
                    live.put(favorKey(after.favorId()), interactionOf(after));
                    changes = changes(interactionOf(before), interactionOf(after), ledger);
                }
            } else if (event instanceof FavorRetracted retraction) {
                FavorRecorded before = favors.remove(retraction.favorId());
                if (before != null) {
                    live.remove(favorKey(retraction.favorId()));
                    changes = changes(interactionOf(before), null, ledger);
                }
            } else if (event instanceof MeetingRetracted retraction) {
                Interaction before = live.remove(meetingKey(retraction.meetingId()));
                if (before != null) {
                    changes = changes(before, null, ledger);
                }
            } else {
                Optional<Interaction> interaction = interactionOf(event);
                if (interaction.isPresent()) {
                    if (event instanceof FavorRecorded favor) {
                        favors.put(favor.favorId(), favor);
                    }
                    live.put(interaction.get().key(), interaction.get());
                    changes = changes(null, interaction.get(), ledger);
                }
            }
            ContactsLedger now = ledger;
            for (Change change : changes) {
                contacts.computeIfPresent(change.contactId(), (id, contact) ->
                        completed(apply(contact, change), now, named -> live.values()));
            }
        }
        return contacts;
    }
}
