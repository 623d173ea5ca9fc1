package goodwill.query.journal;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
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
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRole;
import goodwill.events.MemberRoleChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class JournalTest {

    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant RECORDED = Instant.parse("2024-03-02T08:00:00Z");

    private static JournalEntry entryOf(LedgerEvent event) {
        return Journal.entryOf(event, 7, "e-1", RECORDED, "ana@example.org", "req-1");
    }

    private static void assertEntry(LedgerEvent event, String type, List<String> parties, String corrects) {
        JournalEntry entry = entryOf(event);
        assertThat(entry.type()).isEqualTo(type);
        assertThat(entry.parties()).containsExactlyElementsOf(parties);
        assertThat(entry.corrects()).isEqualTo(corrects);
        assertThat(Journal.TYPES).contains(type);
    }

    @Test
    void anEntryCarriesTheFactsOfItsMessage() {
        JournalEntry entry = entryOf(new FavorRetracted("team", "f1", "never happened", MARCH));

        assertThat(entry.ledgerId()).isEqualTo("team");
        assertThat(entry.position()).isEqualTo(7);
        assertThat(entry.eventId()).isEqualTo("e-1");
        assertThat(entry.occurredAt()).isEqualTo(MARCH);
        assertThat(entry.recordedAt()).isEqualTo(RECORDED);
        assertThat(entry.recordedBy()).isEqualTo("ana@example.org");
        assertThat(entry.correlationId()).isEqualTo("req-1");
    }

    @Test
    void theSummaryIsTheEventsOwnFieldsAsJsonValuesWithoutNulls() {
        Document summary = entryOf(new CommitmentMade("team", "c1", "bo", "me", "send the deck",
                                                      LocalDate.parse("2024-03-08"), MARCH)).summary();

        assertThat(summary).containsEntry("commitmentId", "c1")
                           .containsEntry("what", "send the deck")
                           .containsEntry("dueOn", "2024-03-08")
                           .containsEntry("occurredAt", "2024-03-01T10:00:00Z");
        assertThat(entryOf(new FavorRetracted("team", "f1", null, MARCH)).summary()).doesNotContainKey("reason");
    }

    @Test
    void theJournalKnowsEveryEventTypeOfTheContractAndNoOther() {
        assertThat(Journal.TYPES).doesNotHaveDuplicates()
                                 .contains("LedgerOpened", "CommitmentKept", "CommitmentReleased", "MemberRemoved")
                                 .doesNotContain("LedgerEvent", "CommitmentResolution")
                                 .hasSameSizeAs(LedgerEvent.types());
    }

    @Test
    void whoWasGivenAccessIsAnEntryNamingNoContact() {
        assertEntry(new MemberAdded("team", "bo", MemberRole.VIEWER, MARCH), "MemberAdded", List.of(), null);
        assertEntry(new MemberRoleChanged("team", "bo", MemberRole.EDITOR, MARCH), "MemberRoleChanged", List.of(), null);
        assertEntry(new MemberRemoved("team", "bo", MARCH), "MemberRemoved", List.of(), null);
        assertThat(entryOf(new MemberAdded("team", "bo", MemberRole.VIEWER, MARCH)).summary())
                .containsEntry("username", "bo").containsEntry("role", "VIEWER");
    }

    @Test
    void ledgerOpenedNamesMe() {
        assertEntry(new LedgerOpened("team", "me", "Ana Lopez", MARCH), "LedgerOpened", List.of("me"), null);
    }

    @Test
    void contactAddedNamesTheContact() {
        assertEntry(new ContactAdded("team", "bo", "Bo Chen", null, null, null, List.of("vc"), null, MARCH),
                    "ContactAdded", List.of("bo"), null);
    }

    @Test
    void contactDetailsChangedNamesAndCorrectsTheContact() {
        assertEntry(new ContactDetailsChanged("team", "bo", "Bo Chen", null, null, null, null, null, MARCH),
                    "ContactDetailsChanged", List.of("bo"), "contact:bo");
    }

    @Test
    void contactArchivedNamesAndCorrectsTheContact() {
        assertEntry(new ContactArchived("team", "bo", "moved away", MARCH),
                    "ContactArchived", List.of("bo"), "contact:bo");
    }

    @Test
    void contactsMergedNamesBothAndCorrectsTheMergedOne() {
        assertEntry(new ContactsMerged("team", "bo", "bo2", MARCH),
                    "ContactsMerged", List.of("bo2", "bo"), "contact:bo2");
    }

    @Test
    void favorRecordedNamesGiverReceiverAndTowardWhenThereIsOne() {
        assertEntry(new FavorRecorded("team", "f1", "me", "bo", FavorKind.REFERRAL, 3, false, MARCH, "cy", null, null),
                    "FavorRecorded", List.of("me", "bo", "cy"), null);
        assertEntry(new FavorRecorded("team", "f2", "bo", "me", FavorKind.ADVICE, 1, true, MARCH, null, "f1", null),
                    "FavorRecorded", List.of("bo", "me"), null);
    }

    @Test
    void favorAmendedNamesOnlyTheContactsItSetsAndCorrectsTheFavor() {
        assertEntry(new FavorAmended("team", "f1", "a1", null, "cy", null, 5, null, null, null, null, null, "typo", MARCH),
                    "FavorAmended", List.of("cy"), "favor:f1");
        assertEntry(new FavorAmended("team", "f1", "a2", null, null, null, 2, null, null, null, null, null, null, MARCH),
                    "FavorAmended", List.of(), "favor:f1");
    }

    @Test
    void favorRetractedCorrectsTheFavor() {
        assertEntry(new FavorRetracted("team", "f1", "never happened", MARCH), "FavorRetracted", List.of(), "favor:f1");
    }

    @Test
    void meetingRecordedNamesTheAttendeesOnceEach() {
        assertEntry(new MeetingRecorded("team", "m1", MeetingKind.COFFEE, List.of("me", "bo", "cy"), MARCH, "bo",
                                        "Blue Bottle", 45, null),
                    "MeetingRecorded", List.of("me", "bo", "cy"), null);
    }

    @Test
    void meetingRetractedCorrectsTheMeeting() {
        assertEntry(new MeetingRetracted("team", "m1", "wrong day", MARCH), "MeetingRetracted", List.of(), "meeting:m1");
    }

    @Test
    void introductionMadeNamesIntroducerAndBothIntroduced() {
        assertEntry(new IntroductionMade("team", "i1", "me", "bo", "cy", "hiring", MARCH),
                    "IntroductionMade", List.of("me", "bo", "cy"), null);
    }

    @Test
    void introductionOutcomeRecordedFollowsTheIntroduction() {
        assertEntry(new IntroductionOutcomeRecorded("team", "i1", "o1", IntroductionOutcome.MET, MARCH, null),
                    "IntroductionOutcomeRecorded", List.of(), "introduction:i1");
    }

    @Test
    void commitmentMadeNamesPromiserAndPromisee() {
        assertEntry(new CommitmentMade("team", "c1", "bo", "me", "send the deck", null, MARCH),
                    "CommitmentMade", List.of("bo", "me"), null);
    }

    @Test
    void commitmentKeptBrokenAndReleasedResolveTheCommitment() {
        assertEntry(new CommitmentKept("team", "c1", "f1", MARCH), "CommitmentKept", List.of(), "commitment:c1");
        assertEntry(new CommitmentBroken("team", "c1", MARCH), "CommitmentBroken", List.of(), "commitment:c1");
        assertEntry(new CommitmentReleased("team", "c1", MARCH), "CommitmentReleased", List.of(), "commitment:c1");
    }

    @Test
    void askMadeNamesAskerAndAsked() {
        assertEntry(new AskMade("team", "a1", "me", "bo", "an intro to cy", MARCH), "AskMade", List.of("me", "bo"), null);
    }

    @Test
    void askAnsweredAnswersTheAsk() {
        assertEntry(new AskAnswered("team", "a1", AskOutcome.HELPED, "f2", MARCH), "AskAnswered", List.of(), "ask:a1");
    }
}
