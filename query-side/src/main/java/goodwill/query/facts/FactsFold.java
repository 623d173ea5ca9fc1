package goodwill.query.facts;

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
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRoleChanged;
import goodwill.query.DocumentStore;
import goodwill.query.Documents;
import goodwill.query.Fold;
import goodwill.query.Recorded;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one definition of a ledger's {@linkplain LedgerFacts facts} as corrected: who its people are and what
 * they are called, which were merged into which, and every favor, meeting and introduction with its corrections
 * and outcomes. The same fold keeps a projection's collections and a history in memory ({@link LedgerFacts#fold}).
 * <p>
 * Something seen again is kept as it is (a replayed batch writes the same documents). A correction, change or
 * outcome of something the documents do not hold changes nothing: a history cut at a date may hold the
 * correction and not what it corrects. Merges are only recorded here; whoever reads the facts names a merged
 * contact by its survivor, earlier history and later alike.
 */
public final class FactsFold implements Fold {

    /** The names of the five collections that keep one read model's facts. */
    public record Collections(String ledgers, String people, String favors, String meetings, String introductions) {
    }

    private final Documents<FactsLedger> ledgers;
    private final Documents<Person> people;
    private final Documents<KeptFavor> favors;
    private final Documents<KeptMeeting> meetings;
    private final Documents<KeptIntroduction> introductions;

    public FactsFold(DocumentStore store, Collections names) {
        this.ledgers = store.documents(names.ledgers(), FactsLedger.class, FactsLedger::ledgerId);
        this.people = store.documents(names.people(), Person.class, Person::id, event -> lookedUp(event, Looked.PEOPLE));
        this.favors = store.documents(names.favors(), KeptFavor.class, KeptFavor::id,
                                      event -> lookedUp(event, Looked.FAVORS));
        this.meetings = store.documents(names.meetings(), KeptMeeting.class, KeptMeeting::id,
                                        event -> lookedUp(event, Looked.MEETINGS));
        this.introductions = store.documents(names.introductions(), KeptIntroduction.class, KeptIntroduction::id,
                                             event -> lookedUp(event, Looked.INTRODUCTIONS));
    }

    @Override
    public Set<Class<? extends LedgerEvent>> ignores() {
        return Set.of(CommitmentMade.class, CommitmentKept.class, CommitmentBroken.class, CommitmentReleased.class,
                      AskMade.class, AskAnswered.class, MemberAdded.class, MemberRoleChanged.class,
                      MemberRemoved.class,
                      ContactForgotten.class);
    }

    /** Events of other kinds (commitments, asks, members) leave the facts as they are. */
    @Override
    public void apply(Recorded recorded) {
        LedgerEvent event = recorded.event();
        String ledgerId = event.ledgerId();
        if (event instanceof LedgerOpened opened) {
            if (ledgers.find(ledgerId).isEmpty()) {
                ledgers.put(FactsLedger.opened(opened));
                people.put(Person.me(opened));
            }
        } else if (event instanceof ContactAdded added) {
            putIfAbsent(people, Person.key(ledgerId, added.contactId()), Person.added(added));
        } else if (event instanceof ContactDetailsChanged change) {
            people.find(Person.key(ledgerId, change.contactId())).ifPresent(person -> people.put(person.changed(change)));
        } else if (event instanceof ContactArchived archival) {
            people.find(Person.key(ledgerId, archival.contactId())).ifPresent(person -> people.put(person.asArchived()));
        } else if (event instanceof ContactsMerged merge) {
            ledgers.find(ledgerId).ifPresent(
                    ledger -> ledgers.put(ledger.withMerged(merge.mergedId(), merge.survivorId())));
        } else if (event instanceof FavorRecorded favor) {
            putIfAbsent(favors, KeptFavor.key(ledgerId, favor.favorId()), KeptFavor.recorded(favor));
        } else if (event instanceof FavorAmended amendment) {
            favors.find(KeptFavor.key(ledgerId, amendment.favorId())).ifPresent(kept -> favors.put(kept.amended(amendment)));
        } else if (event instanceof FavorRetracted retraction) {
            favors.find(KeptFavor.key(ledgerId, retraction.favorId())).ifPresent(kept -> favors.put(kept.asRetracted()));
        } else if (event instanceof MeetingRecorded meeting) {
            putIfAbsent(meetings, KeptMeeting.key(ledgerId, meeting.meetingId()), KeptMeeting.recorded(meeting));
        } else if (event instanceof MeetingRetracted retraction) {
            meetings.find(KeptMeeting.key(ledgerId, retraction.meetingId()))
                    .ifPresent(kept -> meetings.put(kept.asRetracted()));
        } else if (event instanceof IntroductionMade made) {
            putIfAbsent(introductions, KeptIntroduction.key(ledgerId, made.introductionId()), KeptIntroduction.made(made));
        } else if (event instanceof IntroductionOutcomeRecorded outcome) {
            introductions.find(KeptIntroduction.key(ledgerId, outcome.introductionId()))
                         .ifPresent(introduction -> introductions.put(introduction.withOutcome(outcome)));
        }
    }

    /** The kinds of document that {@link #apply} looks for by a key the event names. */
    private enum Looked { PEOPLE, FAVORS, MEETINGS, INTRODUCTIONS }

    /**
     * The key of the document of {@code kind} that {@link #apply} looks for when it applies {@code event}, if any:
     * a projection's batch loads those of all its events at once. (The ledger's document is looked for only at an
     * opening and a merge, once a batch.)
     */
    private static Stream<String> lookedUp(LedgerEvent event, Looked kind) {
        String ledgerId = event.ledgerId();
        String key = switch (kind) {
            case PEOPLE -> event instanceof ContactAdded added ? Person.key(ledgerId, added.contactId())
                    : event instanceof ContactDetailsChanged change ? Person.key(ledgerId, change.contactId())
                    : event instanceof ContactArchived archival ? Person.key(ledgerId, archival.contactId())
                    : null;
            case FAVORS -> event instanceof FavorRecorded favor ? KeptFavor.key(ledgerId, favor.favorId())
                    : event instanceof FavorAmended amendment ? KeptFavor.key(ledgerId, amendment.favorId())
                    : event instanceof FavorRetracted retraction ? KeptFavor.key(ledgerId, retraction.favorId())
                    : null;
            case MEETINGS -> event instanceof MeetingRecorded meeting ? KeptMeeting.key(ledgerId, meeting.meetingId())
                    : event instanceof MeetingRetracted retraction ? KeptMeeting.key(ledgerId, retraction.meetingId())
                    : null;
            case INTRODUCTIONS -> event instanceof IntroductionMade made ? KeptIntroduction.key(ledgerId, made.introductionId())
                    : event instanceof IntroductionOutcomeRecorded outcome
                            ? KeptIntroduction.key(ledgerId, outcome.introductionId())
                    : null;
        };
        return Stream.ofNullable(key);
    }

    private static <T> void putIfAbsent(Documents<T> documents, String id, T document) {
        if (documents.find(id).isEmpty()) {
            documents.put(document);
        }
    }
}
