package goodwill.query.advocacy;

import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import java.time.Instant;
import java.util.List;

/** Events of one ledger whose owner is {@code me}, built tersely for the advocacy tests. */
record LedgerEvents(String ledgerId) {

    static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");

    LedgerOpened opened() {
        return new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED);
    }

    ContactAdded contact(String contactId) {
        return new ContactAdded(ledgerId, contactId, "Name " + contactId, null, null, null, List.of(), null, OPENED);
    }

    /** A favor of kind ADVICE, weight 2, asked, toward nobody. */
    FavorRecorded favor(String favorId, String giverId, String receiverId, Instant at) {
        return favor(favorId, giverId, receiverId, FavorKind.ADVICE, 2, true, null, at);
    }

    FavorRecorded favor(String favorId, String giverId, String receiverId, FavorKind kind, int weight, boolean asked,
                        String towardId, Instant at) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, kind, weight, asked, at, towardId, null, null);
    }

    FavorAmended amended(String favorId, String giverId, String receiverId, FavorKind kind, Integer weight,
                         Instant at) {
        return new FavorAmended(ledgerId, favorId, "a-" + favorId, giverId, receiverId, kind, weight, null, at, null,
                                null, null, "correction", at);
    }

    FavorRetracted retracted(String favorId, Instant at) {
        return new FavorRetracted(ledgerId, favorId, "mistake", at);
    }

    IntroductionMade introduction(String introductionId, String introducerId, String a, String b, Instant at) {
        return new IntroductionMade(ledgerId, introductionId, introducerId, a, b, "talk", at);
    }

    IntroductionOutcomeRecorded outcome(String introductionId, String outcomeId, IntroductionOutcome outcome,
                                        Instant at) {
        return new IntroductionOutcomeRecorded(ledgerId, introductionId, outcomeId, outcome, at, null);
    }

    CommitmentMade commitment(String commitmentId, String promiserId, String promiseeId, Instant at) {
        return new CommitmentMade(ledgerId, commitmentId, promiserId, promiseeId, "an introduction", null, at);
    }

    CommitmentKept kept(String commitmentId, Instant at) {
        return new CommitmentKept(ledgerId, commitmentId, null, at);
    }

    CommitmentBroken broken(String commitmentId, Instant at) {
        return new CommitmentBroken(ledgerId, commitmentId, at);
    }

    CommitmentReleased released(String commitmentId, Instant at) {
        return new CommitmentReleased(ledgerId, commitmentId, at);
    }

    ContactsMerged merged(String mergedId, String survivorId, Instant at) {
        return new ContactsMerged(ledgerId, survivorId, mergedId, at);
    }

    /**
     * Every kind of fact, each correction, a chain of merges, and another ledger's events in between: ledgers
     * {@code team} and {@code other}.
     */
    static List<LedgerEvent> correctedHistory() {
        Instant feb = Instant.parse("2024-02-01T10:00:00Z");
        Instant march = Instant.parse("2024-03-01T10:00:00Z");
        Instant april = Instant.parse("2024-04-01T10:00:00Z");
        Instant may = Instant.parse("2024-05-01T10:00:00Z");
        LedgerEvents team = new LedgerEvents("team");
        LedgerEvents other = new LedgerEvents("other");
        return List.of(
                team.opened(), other.opened(),
                team.contact("bo"), team.contact("cy"), team.contact("di"), team.contact("ed"), other.contact("bo"),
                team.favor("f1", "bo", "me", FavorKind.REFERRAL, 4, false, null, feb),
                other.favor("f1", "bo", "me", FavorKind.REFERRAL, 4, false, null, feb),
                team.favor("f2", "cy", "me", FavorKind.ADVICE, 2, true, "di", feb),
                team.favor("f3", "di", "bo", FavorKind.SUPPORT, 3, false, "me", feb),
                team.favor("f4", "ed", "cy", feb),
                team.favor("f5", "bo", "me", feb),
                team.amended("f4", null, "me", FavorKind.RECOMMENDATION, 5, march),
                team.amended("f2", "bo", null, null, null, march),
                team.retracted("f5", march),
                team.amended("f5", null, null, null, 5, march),
                team.introduction("i1", "cy", "me", "ed", feb),
                team.outcome("i1", "o1", IntroductionOutcome.MET, march),
                team.introduction("i2", "me", "bo", "cy", feb),
                team.commitment("c1", "di", "me", feb),
                team.commitment("c2", "cy", "me", feb),
                team.commitment("c3", "bo", "me", feb),
                team.kept("c1", march), team.broken("c2", march), team.released("c3", march),
                new ContactDetailsChanged("team", "bo", "Bo Chen", null, null, null, null, null, march),
                new ContactArchived("team", "ed", "left", march),
                team.merged("di", "cy", april),
                team.outcome("i1", "o2", IntroductionOutcome.HIRED, april),
                team.merged("cy", "bo", april),
                team.favor("f6", "di", "me", FavorKind.INTRODUCTION, 3, true, null, may),
                team.retracted("f3", may),
                team.kept("c2", may));
    }
}
