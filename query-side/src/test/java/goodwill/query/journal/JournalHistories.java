package goodwill.query.journal;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import goodwill.events.ContactAdded;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.query.InMemoryDocumentStore;
import goodwill.query.ReadModelCollections;
import goodwill.query.Recorded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small ledger with every kind of link the journal makes: retractions, two amendments of one favor, an answer. */
final class JournalHistories {

    static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    static final Instant RECORDED = Instant.parse("2024-06-01T08:00:00Z");

    private JournalHistories() {
    }

    static FavorRecorded favor(String favorId, String giverId, String receiverId) {
        return new FavorRecorded("team", favorId, giverId, receiverId, FavorKind.ADVICE, 2, true, MARCH, null, null,
                                 null);
    }

    static FavorAmended amendment(String amendmentId, Integer weight, FavorKind kind, String receiverId) {
        return new FavorAmended("team", "f1", amendmentId, null, receiverId, kind, weight, null, null, null, null, null,
                                "typo", MARCH.plusSeconds(3600));
    }

    static List<LedgerEvent> everything() {
        return List.of(new LedgerOpened("team", "me", "Maya Chen", MARCH),
                       contact("ana"), contact("bo"),
                       favor("f1", "me", "ana"),
                       favor("f2", "ana", "me"),
                       new MeetingRecorded("team", "m1", MeetingKind.COFFEE, List.of("me", "bo"), MARCH, "me", null, null,
                                           null),
                       amendment("a1", 4, null, null),
                       new FavorRetracted("team", "f2", "recorded twice", MARCH.plusSeconds(60)),
                       amendment("a2", null, FavorKind.REFERRAL, "bo"),
                       new MeetingRetracted("team", "m1", "never happened", MARCH.plusSeconds(120)),
                       new AskMade("team", "k1", "me", "bo", "an introduction", MARCH),
                       new AskAnswered("team", "k1", AskOutcome.DECLINED, null, MARCH.plusSeconds(600)),
                       new FavorRetracted("team", "f9", "not of this ledger", MARCH));
    }

    /** The journal's entries after a history, by event id: the fold's documents in memory. */
    static Map<String, JournalEntry> folded(List<Recorded> history) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        new JournalFold(store).applyAll(history);
        return store.byId(ReadModelCollections.JOURNAL, JournalEntry.class);
    }

    /** Each event recorded a second after the one before, by ana, at its place in the list (1, 2, …). */
    static List<Recorded> recorded(List<LedgerEvent> events) {
        List<Recorded> recorded = new ArrayList<>();
        for (LedgerEvent event : events) {
            int position = recorded.size() + 1;
            recorded.add(new Recorded(event, position, "e" + position, RECORDED.plusSeconds(position), "ana",
                                      "r" + position));
        }
        return recorded;
    }

    private static ContactAdded contact(String contactId) {
        return new ContactAdded("team", contactId, contactId, null, null, null, List.of(), null, MARCH);
    }
}
