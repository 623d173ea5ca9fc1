package goodwill.query.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactForgotten;
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
import goodwill.query.InMemoryDocumentStore;
import goodwill.query.ReadModelCollections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactsFoldTest {

    private static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2024-02-01T10:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");
    private static final Instant MAY = Instant.parse("2024-05-01T10:00:00Z");

    private static final LedgerOpened LEDGER = new LedgerOpened("team", "me", "Ana Lopez", OPENED);

    private static ContactAdded contact(String contactId, Instant at) {
        return new ContactAdded("team", contactId, "Name " + contactId, "Acme", "CTO", contactId + "@example.org",
                                List.of("work"), "conference", at);
    }

    private static FavorRecorded favor(String favorId, String giverId, String receiverId, Instant at) {
        return new FavorRecorded("team", favorId, giverId, receiverId, FavorKind.ADVICE, 2, true, at, null, null,
                                 null);
    }

    private static MeetingRecorded meeting(String meetingId, Instant at, String... attendees) {
        return new MeetingRecorded("team", meetingId, MeetingKind.COFFEE, List.of(attendees), at, null, null, null,
                                   null);
    }

    private static Map<String, ListedContact> directory(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(LEDGER, contact("bo", FEB), contact("cy", FEB)));
        history.addAll(List.of(events));
        return folded("team", history);
    }

    /** The fold over documents in memory. */
    static InMemoryDocumentStore inMemory(List<? extends LedgerEvent> history) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        new ContactsFold(store).applyEvents(history);
        return store;
    }

    /** One ledger's directory after the history, by contact id, as the fold leaves it in memory. */
    static Map<String, ListedContact> folded(String ledgerId, List<? extends LedgerEvent> history) {
        Map<String, ListedContact> contacts = new LinkedHashMap<>();
        inMemory(history).all(ReadModelCollections.CONTACTS, StoredContact.class).stream()
                         .filter(stored -> stored.ledgerId().equals(ledgerId))
                         .forEach(stored -> contacts.put(stored.contact().contactId(), stored.contact()));
        return contacts;
    }

    @Test
    void meIsAContactFromTheLedgersOpeningNamedAsTheOwner() {
        ListedContact me = directory().get("me");

        assertThat(me.me()).isTrue();
        assertThat(me.details().displayName()).isEqualTo("Ana Lopez");
        assertThat(me.details().occurredAt()).isEqualTo(OPENED);
        assertThat(me.live()).isTrue();
    }

    @Test
    void anAddedContactHasItsDetailsItsAddedDateAndNoInteractionYet() {
        ListedContact bo = directory().get("bo");

        assertThat(bo.me()).isFalse();
        assertThat(bo.details().displayName()).isEqualTo("Name bo");
        assertThat(bo.details().organization()).isEqualTo("Acme");
        assertThat(bo.details().tags()).containsExactly("work");
        assertThat(bo.details().occurredAt()).isEqualTo(FEB);
        assertThat(bo.lastInteractionAt()).isNull();
    }

    @Test
    void aChangeReplacesTheDetailsItGivesAndLeavesTheOthers() {
        ListedContact bo = directory(new ContactDetailsChanged("team", "bo", "Bo Chen", null, "CEO", null, List.of(), null,
                                                               MARCH)).get("bo");

        assertThat(bo.details().displayName()).isEqualTo("Bo Chen");
        assertThat(bo.details().role()).isEqualTo("CEO");
        assertThat(bo.details().organization()).isEqualTo("Acme");
        assertThat(bo.details().email()).isEqualTo("bo@example.org");
        assertThat(bo.details().tags()).isEmpty();
        assertThat(bo.details().occurredAt()).isEqualTo(FEB);
    }

    @Test
    void anArchivedContactIsNoLongerLiveAndKeepsItsFirstArchivalDate() {
        ListedContact bo = directory(new ContactArchived("team", "bo", "moved away", MARCH),
                                     new ContactArchived("team", "bo", null, APRIL)).get("bo");

        assertThat(bo.archived()).isTrue();
        assertThat(bo.archivedAt()).isEqualTo(MARCH);
        assertThat(bo.live()).isFalse();
    }

    @Test
    void aForgottenPersonAndEveryDuplicateMergedIntoThemAreForgottenOnceAndNoLongerLiveTheirInteractionsKept() {
        Map<String, ListedContact> directory = directory(
                contact("di", FEB), favor("f1", "me", "cy", MARCH), new ContactsMerged("team", "bo", "di", MARCH),
                new ContactsMerged("team", "cy", "bo", APRIL), new ContactForgotten("team", "cy", "asked", MAY),
                new ContactForgotten("team", "cy", "asked again", MAY.plusSeconds(60)));

        for (String contactId : List.of("cy", "bo", "di")) {
            assertThat(directory.get(contactId).forgottenAt()).as(contactId).isEqualTo(MAY);
            assertThat(directory.get(contactId).live()).as(contactId).isFalse();
        }
        assertThat(directory.get("cy").lastInteractionAt()).isEqualTo(MARCH);
        assertThat(directory.get("me").forgottenAt()).isNull();
    }

    @Test
    void theLastInteractionIsTheLatestOfAnyKindWhateverTheOrderRecorded() {
        Map<String, ListedContact> contacts = directory(
                new AskMade("team", "a1", "bo", "me", "a reference", APRIL),
                favor("f1", "me", "bo", MARCH),
                new CommitmentMade("team", "c1", "me", "cy", "send the deck", null, MAY),
                new IntroductionMade("team", "i1", "me", "bo", "cy", null, FEB));

        assertThat(contacts.get("bo").lastInteractionAt()).isEqualTo(APRIL);
        assertThat(contacts.get("cy").lastInteractionAt()).isEqualTo(MAY);
        assertThat(contacts.get("me").lastInteractionAt()).isEqualTo(MAY);
    }

    @Test
    void aMeetingCountsForEveryAttendeeAndAFavorForTheOneItWasDoneToward() {
        Map<String, ListedContact> contacts = directory(
                meeting("m1", MARCH, "me", "bo"),
                new FavorRecorded("team", "f1", "me", "bo", FavorKind.REFERRAL, 3, false, APRIL, "cy", null, null));

        assertThat(contacts.get("bo").lastInteractionAt()).isEqualTo(APRIL);
        assertThat(contacts.get("cy").lastInteractionAt()).isEqualTo(APRIL);
    }

    @Test
    void aRetractedFavorOrMeetingNoLongerCounts() {
        Map<String, ListedContact> contacts = directory(
                favor("f1", "me", "bo", MARCH),
                favor("f2", "me", "bo", APRIL),
                meeting("m1", MAY, "bo", "cy"),
                new FavorRetracted("team", "f2", "never happened", MAY),
                new MeetingRetracted("team", "m1", "wrong week", MAY));

        assertThat(contacts.get("bo").lastInteractionAt()).isEqualTo(MARCH);
        assertThat(contacts.get("cy").lastInteractionAt()).isNull();
    }

    @Test
    void anAmendedFavorCountsWithItsNewTimeAndParties() {
        Map<String, ListedContact> contacts = directory(
                favor("f1", "me", "bo", MARCH),
                new FavorAmended("team", "f1", "a1", null, "cy", null, null, null, APRIL, null, null, null, "typo",
                                 MAY));

        assertThat(contacts.get("bo").lastInteractionAt()).isNull();
        assertThat(contacts.get("cy").lastInteractionAt()).isEqualTo(APRIL);
    }

    @Test
    void anAmendmentAfterTheRetractionChangesNothing() {
        Map<String, ListedContact> contacts = directory(
                favor("f1", "me", "bo", MARCH),
                new FavorRetracted("team", "f1", "mistake", APRIL),
                new FavorAmended("team", "f1", "a1", null, null, null, null, null, MAY, null, null, null, null, MAY));

        assertThat(contacts.get("bo").lastInteractionAt()).isNull();
    }

    @Test
    void aMergedContactPointsAtTheSurvivorWhichTakesItsInteractions() {
        Map<String, ListedContact> contacts = directory(
                favor("f1", "me", "cy", APRIL),
                favor("f2", "me", "bo", MARCH),
                new ContactsMerged("team", "bo", "cy", MAY));

        assertThat(contacts.get("cy").mergedInto()).isEqualTo("bo");
        assertThat(contacts.get("cy").live()).isFalse();
        assertThat(contacts.get("cy").lastInteractionAt()).isNull();
        assertThat(contacts.get("bo").lastInteractionAt()).isEqualTo(APRIL);
        assertThat(contacts.get("bo").touches()).hasSize(2);
    }

    @Test
    void aMergedContactsInteractionCorrectedLaterIsCorrectedAtTheSurvivor() {
        Map<String, ListedContact> contacts = directory(
                favor("f1", "me", "cy", APRIL),
                favor("f2", "me", "bo", MARCH),
                new ContactsMerged("team", "bo", "cy", MAY),
                new FavorRetracted("team", "f1", "mistake", MAY));

        assertThat(contacts.get("bo").lastInteractionAt()).isEqualTo(MARCH);
    }

    @Test
    void aContactMergedIntoOneMergedLaterCountsForTheLastSurvivor() {
        Map<String, ListedContact> contacts = folded("team", List.of(
                LEDGER, contact("bo", FEB), contact("cy", FEB), contact("di", FEB),
                favor("f1", "me", "di", APRIL),
                new ContactsMerged("team", "cy", "di", APRIL),
                new ContactsMerged("team", "bo", "cy", MAY),
                new AskMade("team", "a1", "me", "di", "advice", MAY)));

        assertThat(contacts.get("di").mergedInto()).isEqualTo("bo");
        assertThat(contacts.get("bo").lastInteractionAt()).isEqualTo(MAY);
        assertThat(contacts.get("bo").touches()).extracting(Touch::key).containsExactly("ask:a1", "favor:f1");
    }

    @Test
    void aBusyContactKeepsItsLatestInteractionsOnlyYetKnowsItsLastOneThroughEveryCorrectionAndMerge() {
        for (long seed = 1; seed <= 5; seed++) {
            List<LedgerEvent> history = BusyHistory.of(seed, 300);
            for (int end = 1; end <= history.size(); end++) {
                List<LedgerEvent> prefix = history.subList(0, end);
                Map<String, Instant> expected = BusyHistory.lastInteractions(prefix);
                folded(BusyHistory.LEDGER, prefix).forEach((contactId, contact) -> {
                    assertThat(contact.lastInteractionAt()).as("%s after %s", contactId, prefix.get(prefix.size() - 1))
                                                           .isEqualTo(expected.get(contactId));
                    assertThat(contact.touches()).hasSizeLessThanOrEqualTo(ListedContact.KEPT_TOUCHES);
                });
            }
            assertThat(folded(BusyHistory.LEDGER, history).get("me").earlierUpTo()).as("me left interactions out")
                                                                              .isNotNull();
        }
    }

    @Test
    void anInteractionSeenTwiceCountsOnce() {
        FavorRecorded favor = favor("f1", "me", "bo", MARCH);

        assertThat(directory(favor, favor).get("bo").touches()).hasSize(1);
    }

    @Test
    void resolutionsAnswersAndOutcomesNameNobodyAndLeaveTheDatesAlone() {
        Map<String, ListedContact> contacts = directory(
                new CommitmentMade("team", "c1", "me", "bo", "call", LocalDate.parse("2024-04-01"), MARCH),
                new CommitmentKept("team", "c1", null, MAY),
                new AskMade("team", "a1", "cy", "me", "a job", MARCH),
                new AskAnswered("team", "a1", AskOutcome.DECLINED, null, MAY));

        assertThat(contacts.get("bo").lastInteractionAt()).isEqualTo(MARCH);
        assertThat(contacts.get("cy").lastInteractionAt()).isEqualTo(MARCH);
    }

    @Test
    void eventsOfAnotherLedgerChangeNothing() {
        Map<String, ListedContact> contacts = directory(
                new FavorRecorded("other", "f1", "me", "bo", FavorKind.ADVICE, 1, true, MAY, null, null, null),
                new ContactArchived("other", "bo", null, MAY));

        assertThat(contacts.get("bo").lastInteractionAt()).isNull();
        assertThat(contacts.get("bo").archived()).isFalse();
    }
}
