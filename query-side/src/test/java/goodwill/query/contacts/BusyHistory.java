package goodwill.query.contacts;

import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A ledger with far more interactions per contact than a contact keeps, recorded out of time order, whose
 * corrections aim at the latest ones: favors and meetings retracted latest first, favors amended to other times
 * and people, and contacts merged after a long history. {@link #lastInteractions} says, by the rule alone, what
 * each contact's last interaction must be.
 */
final class BusyHistory {

    static final String LEDGER = "busy";
    private static final Instant START = Instant.parse("2022-01-01T09:00:00Z");
    private static final List<String> CONTACTS = List.of("bo", "cy", "di", "ed");

    private final Random random;
    private final List<LedgerEvent> events = new ArrayList<>();
    /** Live interactions by key, as recorded and amended, with the people they name as recorded. */
    private final Map<String, List<String>> named = new LinkedHashMap<>();
    private final Map<String, Instant> times = new HashMap<>();
    private final Map<String, FavorRecorded> favors = new HashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private int next;

    private BusyHistory(long seed) {
        this.random = new Random(seed);
    }

    /** About {@code steps} events after the ledger and its contacts; the same seed gives the same history. */
    static List<LedgerEvent> of(long seed, int steps) {
        BusyHistory history = new BusyHistory(seed);
        history.record(steps);
        return history.events;
    }

    private void record(int steps) {
        events.add(new LedgerOpened(LEDGER, "me", "Busy Owner", START));
        for (String contactId : CONTACTS) {
            events.add(new ContactAdded(LEDGER, contactId, "Name " + contactId, null, null, null, List.of(), null,
                                        START));
        }
        // Recorded first, then corrected latest first (as after a mistaken import), then both, with merges.
        for (int step = 0; step < steps; step++) {
            if (step == steps * 3 / 4) {
                merge("di", "ed");
            } else if (step == steps * 7 / 8) {
                merge("bo", "di");
            }
            boolean recording = step < steps / 2;
            boolean correcting = step >= steps / 2 && step < steps * 3 / 4;
            int dice = recording ? random.nextInt(61) : correcting ? 61 + random.nextInt(25) : random.nextInt(100);
            if (dice < 45) {
                favor();
            } else if (dice < 55) {
                meeting();
            } else if (dice < 61) {
                permanent();
            } else if (dice < 81) {
                retractLatest("favor:");
            } else if (dice < 86) {
                retractLatest("meeting:");
            } else {
                amend();
            }
        }
    }

    private Instant someTime() {
        return START.plusSeconds(60L * random.nextInt(500_000));
    }

    private String someLiveContact() {
        List<String> live = CONTACTS.stream().filter(contactId -> !mergedInto.containsKey(contactId)).toList();
        return live.get(random.nextInt(live.size()));
    }

    private void favor() {
        String favorId = "f" + next++;
        String other = someLiveContact();
        boolean iGive = random.nextBoolean();
        FavorRecorded favor = new FavorRecorded(LEDGER, favorId, iGive ? "me" : other, iGive ? other : "me",
                                                FavorKind.ADVICE, 1, false, someTime(), null, null, null);
        favors.put(favorId, favor);
        counted("favor:" + favorId, List.of(favor.giverId(), favor.receiverId()), favor.occurredAt());
        events.add(favor);
    }

    private void meeting() {
        String meetingId = "m" + next++;
        List<String> attendees = List.copyOf(new LinkedHashSet<>(List.of(someLiveContact(), someLiveContact())));
        MeetingRecorded meeting = new MeetingRecorded(LEDGER, meetingId, MeetingKind.COFFEE, attendees, someTime(),
                                                      null, null, null, null);
        counted("meeting:" + meetingId, attendees, meeting.occurredAt());
        events.add(meeting);
    }

    /** An introduction, commitment or ask: never corrected. */
    private void permanent() {
        String id = "p" + next++;
        String other = someLiveContact();
        Instant at = someTime();
        switch (random.nextInt(3)) {
            case 0 -> {
                String third = someLiveContact();
                events.add(new IntroductionMade(LEDGER, id, "me", other, third, "to meet", at));
                counted("introduction:" + id, List.of("me", other, third), at);
            }
            case 1 -> {
                events.add(new CommitmentMade(LEDGER, id, "me", other, "a call", LocalDate.parse("2030-01-01"), at));
                counted("commitment:" + id, List.of("me", other), at);
            }
            default -> {
                events.add(new AskMade(LEDGER, id, other, "me", "advice", at));
                counted("ask:" + id, List.of(other, "me"), at);
            }
        }
    }

    /** Retracts the latest live favor or meeting naming someone: the interaction a contact is most likely to keep. */
    private void retractLatest(String kind) {
        String survivor = random.nextInt(4) == 0 ? "me" : survivorOf(someLiveContact());
        named.entrySet().stream()
             .filter(entry -> entry.getKey().startsWith(kind)
                     && entry.getValue().stream().anyMatch(id -> survivorOf(id).equals(survivor)))
             .map(Map.Entry::getKey).max(Comparator.comparing(times::get))
             .ifPresent(key -> {
                 String id = key.substring(kind.length());
                 events.add(kind.equals("favor:") ? new FavorRetracted(LEDGER, id, "wrong", START)
                                                  : new MeetingRetracted(LEDGER, id, "wrong", START));
                 named.remove(key);
                 times.remove(key);
                 favors.remove(id);
             });
    }

    /** Moves a live favor to another time, and sometimes to another person. */
    private void amend() {
        List<String> live = new ArrayList<>(favors.keySet());
        if (live.isEmpty()) {
            return;
        }
        live.sort(null);
        FavorRecorded favor = favors.get(live.get(random.nextInt(live.size())));
        String receiver = random.nextBoolean() ? null : (favor.giverId().equals("me") ? someLiveContact() : null);
        FavorAmended amendment = new FavorAmended(LEDGER, favor.favorId(), "a" + next++, null, receiver, null, null,
                                                  null, someTime(), null, null, null, "fixed", START);
        FavorRecorded amended = amendment.applyTo(favor);
        favors.put(favor.favorId(), amended);
        counted("favor:" + favor.favorId(), List.of(amended.giverId(), amended.receiverId()), amended.occurredAt());
        events.add(amendment);
    }

    private void merge(String survivorId, String mergedId) {
        events.add(new ContactsMerged(LEDGER, survivorId, mergedId, START));
        mergedInto.put(mergedId, survivorId);
    }

    private void counted(String key, List<String> people, Instant at) {
        named.put(key, people);
        times.put(key, at);
    }

    private String survivorOf(String contactId) {
        String survivor = contactId;
        while (mergedInto.containsKey(survivor)) {
            survivor = mergedInto.get(survivor);
        }
        return survivor;
    }

    /**
     * Each contact's last interaction by the rule alone, after {@code history} (any prefix of one made here): the
     * latest time of a live interaction naming it or one merged into it; absent when it has none or was merged away.
     */
    static Map<String, Instant> lastInteractions(List<LedgerEvent> history) {
        Map<String, List<String>> live = new HashMap<>();
        Map<String, Instant> at = new HashMap<>();
        Map<String, FavorRecorded> liveFavors = new HashMap<>();
        Map<String, String> merges = new HashMap<>();
        for (LedgerEvent event : history) {
            if (event instanceof FavorRecorded favor) {
                liveFavors.put(favor.favorId(), favor);
                live.put("favor:" + favor.favorId(), List.of(favor.giverId(), favor.receiverId()));
                at.put("favor:" + favor.favorId(), favor.occurredAt());
            } else if (event instanceof FavorAmended amendment) {
                FavorRecorded amended = amendment.applyTo(liveFavors.get(amendment.favorId()));
                liveFavors.put(amended.favorId(), amended);
                live.put("favor:" + amended.favorId(), List.of(amended.giverId(), amended.receiverId()));
                at.put("favor:" + amended.favorId(), amended.occurredAt());
            } else if (event instanceof FavorRetracted retraction) {
                live.remove("favor:" + retraction.favorId());
            } else if (event instanceof MeetingRecorded meeting) {
                live.put("meeting:" + meeting.meetingId(), meeting.attendeeIds());
                at.put("meeting:" + meeting.meetingId(), meeting.occurredAt());
            } else if (event instanceof MeetingRetracted retraction) {
                live.remove("meeting:" + retraction.meetingId());
            } else if (event instanceof IntroductionMade introduction) {
                live.put("i" + introduction.introductionId(),
                         List.of(introduction.introducerId(), introduction.personAId(), introduction.personBId()));
                at.put("i" + introduction.introductionId(), introduction.occurredAt());
            } else if (event instanceof CommitmentMade commitment) {
                live.put("c" + commitment.commitmentId(), List.of(commitment.promiserId(), commitment.promiseeId()));
                at.put("c" + commitment.commitmentId(), commitment.occurredAt());
            } else if (event instanceof AskMade ask) {
                live.put("a" + ask.askId(), List.of(ask.askerId(), ask.askedId()));
                at.put("a" + ask.askId(), ask.occurredAt());
            } else if (event instanceof ContactsMerged merge) {
                merges.put(merge.mergedId(), merge.survivorId());
            }
        }
        Map<String, Instant> last = new HashMap<>();
        live.forEach((key, people) -> people.stream().map(contactId -> {
            String survivor = contactId;
            while (merges.containsKey(survivor)) {
                survivor = merges.get(survivor);
            }
            return survivor;
        }).distinct().forEach(contactId -> last.merge(contactId, at.get(key), (a, b) -> a.isAfter(b) ? a : b)));
        return last;
    }
}
