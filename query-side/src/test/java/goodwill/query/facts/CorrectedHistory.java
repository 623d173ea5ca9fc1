package goodwill.query.facts;

import goodwill.events.AskMade;
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
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.time.Instant;
import java.util.List;

/**
 * A small ledger history with every kind of correction the facts fold: details changed, an archival, favors
 * retracted and amended (one onto other people), a meeting retracted, an outcome recorded twice, and two merges,
 * one into a contact merged away later. Times are whole seconds, as the database keeps them to the millisecond.
 */
public final class CorrectedHistory {

    private CorrectedHistory() {
    }

    private static Instant day(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    public static List<LedgerEvent> of(String ledgerId) {
        return List.of(
                new LedgerOpened(ledgerId, "me", "Ana Lopez", day("2023-01-01")),
                contact(ledgerId, "bo", "Bo Chen"), contact(ledgerId, "cy", "Cy Diaz"),
                contact(ledgerId, "di", "Di Evans"), contact(ledgerId, "ed", "Ed Fox"),
                contact(ledgerId, "fa", "Fa Gray"),
                new ContactDetailsChanged(ledgerId, "cy", "Carla Diaz", "Acme", null, null, null, null, day("2023-02-01")),
                favor(ledgerId, "f1", "me", "bo", 3, true, "2023-02-10"),
                favor(ledgerId, "f2", "bo", "me", 4, false, "2023-03-10"),
                favor(ledgerId, "f3", "bo", "me", 2, true, "2023-03-11"),
                new FavorRetracted(ledgerId, "f3", "recorded twice", day("2023-03-12")),
                favor(ledgerId, "f4", "cy", "me", 2, true, "2023-04-10"),
                new FavorAmended(ledgerId, "f4", "a1", null, null, FavorKind.REFERRAL, 5, false, day("2023-04-09"),
                                 null, null, null, "bigger than I said", day("2023-04-20")),
                favor(ledgerId, "f5", "di", "me", 2, true, "2023-05-10"),
                new FavorAmended(ledgerId, "f5", "a1", null, "ed", null, null, null, null, null, null, null,
                                 "it was for Ed", day("2023-05-11")),
                new MeetingRecorded(ledgerId, "m1", MeetingKind.COFFEE, List.of("me", "bo", "cy"), day("2023-06-01"),
                                    "bo", "Lisbon", 45, null),
                new MeetingRecorded(ledgerId, "m2", MeetingKind.CALL, List.of("me", "di"), day("2023-06-02"), null,
                                    null, null, null),
                new MeetingRetracted(ledgerId, "m2", "never happened", day("2023-06-03")),
                new IntroductionMade(ledgerId, "i1", "me", "bo", "di", "both hire", day("2023-07-01")),
                new IntroductionOutcomeRecorded(ledgerId, "i1", "o1", IntroductionOutcome.MET, day("2023-07-10"), null),
                new IntroductionOutcomeRecorded(ledgerId, "i1", "o2", IntroductionOutcome.HIRED, day("2023-09-01"),
                                                "Di hired Bo's friend"),
                new IntroductionOutcomeRecorded(ledgerId, "i1", "o2", IntroductionOutcome.HIRED, day("2023-09-01"),
                                                "Di hired Bo's friend"),
                new IntroductionMade(ledgerId, "i2", "cy", "me", "ed", null, day("2023-08-01")),
                favor(ledgerId, "f6", "bo", "di", 3, true, "2023-08-15"),
                favor(ledgerId, "f7", "di", "me", 1, false, "2023-09-15"),
                new AskMade(ledgerId, "a1", "me", "cy", "an intro", day("2023-10-01")),
                new ContactsMerged(ledgerId, "ed", "fa", day("2023-10-05")),
                new ContactsMerged(ledgerId, "di", "ed", day("2023-11-01")),
                favor(ledgerId, "f8", "fa", "me", 2, true, "2023-12-01"),
                new ContactArchived(ledgerId, "cy", "moved away", day("2024-01-01")));
    }

    private static ContactAdded contact(String ledgerId, String contactId, String name) {
        return new ContactAdded(ledgerId, contactId, name, null, null, null, List.of(), null, day("2023-01-05"));
    }

    private static FavorRecorded favor(String ledgerId, String favorId, String giverId, String receiverId, int weight,
                                       boolean asked, String date) {
        return new FavorRecorded(ledgerId, favorId, giverId, receiverId, FavorKind.ADVICE, weight, asked, day(date),
                                 null, null, null);
    }
}
