package goodwill.query.facts;

import goodwill.events.FavorRecorded;
import goodwill.events.IntroductionMade;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.query.FavorWeight;
import goodwill.query.InMemoryDocumentStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One ledger's facts as {@link FactsFold} leaves them, whether folded from a history in memory or loaded from a
 * projection's documents: the two are equal for the same history. Everything a report reads is given
 * {@linkplain #survivorOf as it counts now}: a merged contact's part in any favor, meeting or introduction,
 * earlier or later, is its survivor's; retracted favors and meetings are left out.
 *
 * @param people        by contact id, me and merged contacts included
 * @param favors        by favor id, retracted ones included (marked)
 * @param meetings      by meeting id, retracted ones included (marked)
 * @param introductions by introduction id
 */
public record LedgerFacts(FactsLedger ledger,
                          Map<String, Person> people,
                          Map<String, KeptFavor> favors,
                          Map<String, KeptMeeting> meetings,
                          Map<String, KeptIntroduction> introductions) {

    private static final FactsFold.Collections IN_MEMORY = new FactsFold.Collections("ledgers", "people", "favors",
                                                                                  "meetings", "introductions");

    /** A favor as it counts now: parties resolved through merges, worth what {@link FavorWeight} says. */
    public record Favor(String favorId, String giverId, String receiverId, double value, Instant occurredAt) {
    }

    /** A meeting as it counts now: its attendees resolved through merges, each once. */
    public record Meeting(String meetingId, Set<String> attendeeIds, Instant occurredAt) {
    }

    public String ledgerId() {
        return ledger.ledgerId();
    }

    public String meId() {
        return ledger.meId();
    }

    public String survivorOf(String contactId) {
        return ledger.survivorOf(contactId);
    }

    /** Whether the contact (merged away or not) belongs to the ledger. */
    public boolean knows(String contactId) {
        return people.containsKey(contactId);
    }

    /** The contact's display name, or null for someone the ledger does not know. */
    public String nameOf(String contactId) {
        Person person = people.get(contactId);
        return person == null ? null : person.displayName();
    }

    /** Everyone but me who was not merged away, archived ones included, in the order they came. */
    public List<Person> contacts() {
        return people.values().stream()
                     .filter(person -> !person.contactId().equals(meId()) && !ledger.mergedAway(person.contactId()))
                     .toList();
    }

    /** Favors not retracted, as they count now. */
    public List<Favor> liveFavors() {
        List<Favor> live = new ArrayList<>();
        for (KeptFavor kept : favors.values()) {
            if (!kept.retracted()) {
                FavorRecorded favor = kept.favor();
                live.add(new Favor(favor.favorId(), survivorOf(favor.giverId()), survivorOf(favor.receiverId()),
                                   FavorWeight.of(favor.weight(), favor.asked()), favor.occurredAt()));
            }
        }
        return live;
    }

    /** Meetings not retracted, as they count now. */
    public List<Meeting> liveMeetings() {
        List<Meeting> live = new ArrayList<>();
        for (KeptMeeting kept : meetings.values()) {
            if (!kept.retracted()) {
                MeetingRecorded meeting = kept.meeting();
                Set<String> attendees = new LinkedHashSet<>();
                meeting.attendeeIds().forEach(attendeeId -> attendees.add(survivorOf(attendeeId)));
                live.add(new Meeting(meeting.meetingId(), attendees, meeting.occurredAt()));
            }
        }
        return live;
    }

    /** Introductions with introducer and the two introduced as they count now, and their outcomes. */
    public List<KeptIntroduction> liveIntroductions() {
        List<KeptIntroduction> live = new ArrayList<>();
        for (KeptIntroduction introduction : introductions.values()) {
            IntroductionMade made = introduction.made();
            live.add(new KeptIntroduction(introduction.id(), introduction.ledgerId(),
                                          new IntroductionMade(made.ledgerId(), made.introductionId(),
                                                               survivorOf(made.introducerId()),
                                                               survivorOf(made.personAId()),
                                                               survivorOf(made.personBId()), made.purpose(),
                                                               made.occurredAt()),
                                          introduction.outcomes()));
        }
        return live;
    }

    /**
     * The facts of the ledger opened first in a history (events of other ledgers are passed over), or empty when
     * none was opened: what a report folds up to a date, and what a test checks a projection against.
     */
    public static Optional<LedgerFacts> fold(List<? extends LedgerEvent> history) {
        String ledgerId = history.stream().filter(LedgerOpened.class::isInstance).map(LedgerEvent::ledgerId)
                                 .findFirst().orElse(null);
        if (ledgerId == null) {
            return Optional.empty();
        }
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        FactsFold fold = new FactsFold(store, IN_MEMORY);
        fold.applyEvents(history.stream().filter(event -> event.ledgerId().equals(ledgerId)).toList());
        return Optional.of(of(store.all(IN_MEMORY.ledgers(), FactsLedger.class).get(0),
                              store.all(IN_MEMORY.people(), Person.class),
                              store.all(IN_MEMORY.favors(), KeptFavor.class),
                              store.all(IN_MEMORY.meetings(), KeptMeeting.class),
                              store.all(IN_MEMORY.introductions(), KeptIntroduction.class)));
    }

    /** The facts from one ledger's documents, each kind in the order given. */
    static LedgerFacts of(FactsLedger ledger, Iterable<Person> people, Iterable<KeptFavor> favors,
                          Iterable<KeptMeeting> meetings, Iterable<KeptIntroduction> introductions) {
        return new LedgerFacts(ledger, byId(people, Person::contactId), byId(favors, kept -> kept.favor().favorId()),
                               byId(meetings, kept -> kept.meeting().meetingId()),
                               byId(introductions, introduction -> introduction.made().introductionId()));
    }

    private static <T> Map<String, T> byId(Iterable<T> documents, Function<T, String> idOf) {
        Map<String, T> byId = new LinkedHashMap<>();
        documents.forEach(document -> byId.put(idOf.apply(document), document));
        return byId;
    }
}
