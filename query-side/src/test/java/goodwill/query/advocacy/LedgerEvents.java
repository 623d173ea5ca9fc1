package goodwill.query.advocacy;

import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
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
}
