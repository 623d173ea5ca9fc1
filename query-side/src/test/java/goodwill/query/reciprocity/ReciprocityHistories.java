package goodwill.query.reciprocity;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hand-built events of one ledger for the reciprocity tests, and one history with every kind of correction. */
final class ReciprocityHistories {

    static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant FEB = Instant.parse("2024-02-01T10:00:00Z");
    static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");
    static final Instant MAY = Instant.parse("2024-05-01T10:00:00Z");
    static final Instant JUNE = Instant.parse("2024-06-01T10:00:00Z");

    private final String ledgerId;

    ReciprocityHistories(String ledgerId) {
        this.ledgerId = ledgerId;
    }

    /** The ledger's reciprocity after {@code history}, as {@link ReciprocityFold} leaves its documents in memory. */
    ReciprocityHistory folded(List<? extends LedgerEvent> history) {
        return ReciprocityHistory.folded(ledgerId, history);
    }

    LedgerOpened opened() {
        return new LedgerOpened(ledgerId, "me", "Ana Lopez", OPENED);
    }

    ContactAdded contact(String contactId) {
        return new ContactAdded(ledgerId, contactId, contactId, null, null, null, List.of(), null, OPENED);
    }

    ContactDetailsChanged renamed(String contactId, String displayName) {
        return new ContactDetailsChanged(ledgerId, contactId, displayName, null, null, null, null, null, FEB);
    }

    ContactArchived archived(String contactId) {
        return new ContactArchived(ledgerId, contactId, "moved away", MAY);
    }

    ContactsMerged merge(String mergedId, String survivorId) {
        return new ContactsMerged(ledgerId, survivorId, mergedId, MAY);
    }

    FavorRecorded favor(String favorId, String giverId, String receiverId, int weight, boolean asked,
                        Instant occurredAt) {
        return returning(favorId, giverId, receiverId, weight, asked, occurredAt, null);
    }

    FavorRecorded returning(String favorId, String giverId, String receiverId, int weight, boolean asked,
                            Instant occurredAt, String reciprocatesFavorId) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, FavorKind.ADVICE, weight, asked, occurredAt,
                                 null, reciprocatesFavorId, null);
    }

    FavorRetracted retraction(String favorId) {
        return new FavorRetracted(ledgerId, favorId, "never happened", JUNE);
    }

    FavorAmended amendment(String favorId, String giverId, String receiverId, Integer weight, Instant favorOccurredAt) {
        return new FavorAmended(ledgerId, favorId, "a-" + favorId, giverId, receiverId, null, weight, null,
                                favorOccurredAt, null, null, null, "typo", JUNE);
    }

    CommitmentMade commitment(String commitmentId, String promiserId, String promiseeId, LocalDate dueOn,
                              Instant madeAt) {
        return new CommitmentMade(ledgerId, commitmentId, promiserId, promiseeId, "an introduction", dueOn, madeAt);
    }

    CommitmentKept kept(String commitmentId, Instant at) {
        return new CommitmentKept(ledgerId, commitmentId, null, at);
    }

    AskMade ask(String askId, String askerId, String askedId, Instant at) {
        return new AskMade(ledgerId, askId, askerId, askedId, "a referral", at);
    }

    AskAnswered answer(String askId, AskOutcome outcome, Instant at) {
        return new AskAnswered(ledgerId, askId, outcome, null, at);
    }

    /**
     * A ledger with a bit of everything: names, an archival, favors returned by link and by value, one amended
     * to another contact, one retracted, commitments and asks both ways, some resolved, and a merge after which
     * an earlier ask is answered and an earlier commitment kept.
     */
    List<LedgerEvent> everything() {
        return List.of(opened(), contact("bo"), contact("cy"), contact("dee"), contact("eve"),
                       renamed("bo", "Bo Chen"),
                       favor("f1", "me", "bo", 3, false, FEB),
                       returning("f2", "bo", "me", 2, true, MARCH, "f1"),
                       favor("f3", "me", "cy", 4, true, FEB),
                       favor("f4", "cy", "me", 1, true, MARCH),
                       favor("f5", "me", "dee", 2, true, MARCH),
                       favor("f6", "dee", "cy", 5, false, MARCH),
                       amendment("f6", "me", null, null, null),
                       retraction("f5"),
                       commitment("c1", "me", "bo", LocalDate.parse("2024-04-01"), FEB),
                       commitment("c2", "cy", "me", null, MARCH),
                       commitment("c3", "bo", "cy", null, MARCH),
                       kept("c1", APRIL),
                       ask("a1", "me", "dee", APRIL),
                       ask("a2", "me", "bo", APRIL),
                       ask("a3", "eve", "me", APRIL),
                       ask("a4", "me", "cy", APRIL),
                       answer("a1", AskOutcome.NO_RESPONSE, MAY),
                       answer("a2", AskOutcome.HELPED, MAY),
                       merge("cy", "bo"),
                       answer("a4", AskOutcome.DECLINED, JUNE),
                       kept("c2", JUNE),
                       archived("eve"));
    }
}
