package goodwill.command.favor;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.recordsNothingAgain;
import static goodwill.command.AggregateTesting.refuses;
import static goodwill.command.AggregateTesting.refusesADayAhead;
import static goodwill.command.AggregateTesting.refusesInALedgerNeverOpened;

import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import java.time.Instant;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class FavorTest {

    private static final Instant DONE = Instant.parse("2024-02-20T15:00:00Z");

    private final InMemoryLedgerDirectory directory = InMemoryLedgerDirectory.team("ana", "bo")
                                                                             .withFavor("team", "earlier");
    private final FixtureConfiguration<Favor> fixture = fixtureOf(Favor.class, directory);

    private static RecordFavor favor(String giverId, String receiverId) {
        return new RecordFavor("team", "f1", giverId, receiverId, FavorKind.INTRODUCTION, 3, false, DONE, null, null,
                               "introduced to their CTO");
    }

    private static RecordFavor favorToward(String towardId) {
        return new RecordFavor("team", "f1", "ana", "me", FavorKind.RECOMMENDATION, 4, false, DONE, towardId, null,
                               null);
    }

    /** Advice from ana to me, asked for, returning the favor named. */
    private static RecordFavor returning(String reciprocatesFavorId) {
        return new RecordFavor("team", "f1", "ana", "me", FavorKind.ADVICE, 2, true, DONE, null, reciprocatesFavorId,
                               null);
    }

    /** Advice from me to ana, asked for, in the ledger, of the weight and at the time given. */
    private static RecordFavor advice(String ledgerId, int weight, Instant at) {
        return new RecordFavor(ledgerId, "f1", "me", "ana", FavorKind.ADVICE, weight, true, at, null, null, null);
    }

    @Test
    void aFavorBetweenTwoLiveContactsIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(favor("me", "ana"))
               .expectEvents(favor("me", "ana").toEvent("ana"));
    }

    @Test
    void aFavorBetweenTwoOtherContactsIsRecordedToo() {
        fixture.givenNoPriorActivity()
               .when(favor("ana", "bo"))
               .expectEvents(favor("ana", "bo").toEvent("ana"));
    }

    @Test
    void aFavorDoneTowardAThirdPartyAndReturningAnEarlierOneIsRecorded() {
        RecordFavor favor = new RecordFavor("team", "f1", "ana", "me", FavorKind.REFERRAL, 5, true, DONE, "bo",
                                            "earlier", null);
        fixture.givenNoPriorActivity()
               .when(favor)
               .expectEvents(favor.toEvent("ana"));
    }

    @Test
    void recordingTheSameFavorAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(favor("me", "ana").toEvent("ana")), favor("me", "ana"));
    }

    @Test
    void aFavorIdAlreadyUsedForAnotherFavorIsAConflict() {
        refuses(fixture.given(favor("me", "ana").toEvent("ana")), favor("ana", "me"), Reason.ID_CONFLICT, "favorId");
    }

    @Test
    void aFavorCannotBeGivenAndReceivedBySamePerson() {
        refuses(fixture.givenNoPriorActivity(), favor("ana", "ana"), Reason.SAME_GIVER_AND_RECEIVER, "receiverId");
    }

    @Test
    void aFavorCannotBeDoneTowardItsOwnReceiver() {
        refuses(fixture.givenNoPriorActivity(), favorToward("me"), Reason.TOWARD_A_PARTY, "towardId");
    }

    @Test
    void theGiverMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), favor("stranger", "me"), Reason.UNKNOWN_CONTACT, "giverId");
    }

    @Test
    void theReceiverMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), favor("me", "stranger"), Reason.UNKNOWN_CONTACT, "receiverId");
    }

    @Test
    void theThirdPartyMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), favorToward("stranger"), Reason.UNKNOWN_CONTACT, "towardId");
    }

    @Test
    void aReciprocatedFavorMustHaveBeenRecordedInTheLedger() {
        refuses(fixture.givenNoPriorActivity(), returning("unknown"), Reason.UNKNOWN_FAVOR, "reciprocatesFavorId");
    }

    @Test
    void aFavorCannotReciprocateItself() {
        refuses(fixture.givenNoPriorActivity(), returning("f1"), Reason.RECIPROCATES_ITSELF, "reciprocatesFavorId");
    }

    @Test
    void aFavorCannotReciprocateAFavorOfAnotherLedger() {
        directory.withLedger("elsewhere", "someone").withFavor("elsewhere", "theirs");

        refuses(fixture.givenNoPriorActivity(), returning("theirs"), Reason.UNKNOWN_FAVOR, "reciprocatesFavorId");
    }

    @Test
    void aFavorCannotBeRecordedInALedgerThatWasNeverOpened() {
        refusesInALedgerNeverOpened(fixture, advice("elsewhere", 2, DONE));
    }

    @Test
    void aFavorCannotHaveBeenDoneInTheFuture() {
        refusesADayAhead(fixture.givenNoPriorActivity(), at -> advice("team", 2, at));
    }

    @Test
    void aFavorWeighsBetweenOneAndFive() {
        refuses(fixture.givenNoPriorActivity(), advice("team", 6, DONE), Reason.OUT_OF_RANGE, "weight");
    }

    @Test
    void aFavorCannotHaveBeenDoneBefore1900() {
        refuses(fixture.givenNoPriorActivity(), advice("team", 2, Instant.parse("1899-12-31T23:59:59Z")),
                Reason.OUT_OF_RANGE, "occurredAt");
    }

    private static final Instant RETRACTED = Instant.parse("2024-02-28T09:00:00Z");

    private static FavorRecorded recorded() {
        return favor("me", "ana").toEvent("ana");
    }

    /** The favor, recorded and then retracted as never having happened. */
    private static Object[] retracted() {
        return new Object[] {recorded(), new FavorRetracted("team", "f1", "never happened", RETRACTED, "ana")};
    }

    private static RetractFavor retraction(String reason, Instant occurredAt) {
        return new RetractFavor("team", "f1", reason, occurredAt);
    }

    /** An amendment of f1 by id a1, changing only what is given. */
    private static AmendFavor amendment(String giverId, String receiverId, Integer weight, String note) {
        return new AmendFavor("team", "f1", "a1", giverId, receiverId, null, weight, null, null, null, null, note,
                              "typo");
    }

    /** An amendment of f1 by id a1, saying it returns the favor named and changing nothing else. */
    private static AmendFavor amendmentReturning(String reciprocatesFavorId) {
        return new AmendFavor("team", "f1", "a1", null, null, null, null, null, null, null, reciprocatesFavorId, null,
                              "typo");
    }

    @Test
    void aRecordedFavorIsRetractedForAReason() {
        fixture.given(recorded())
               .when(retraction("never happened", RETRACTED))
               .expectEvents(new FavorRetracted("team", "f1", "never happened", RETRACTED, "ana"));
    }

    @Test
    void aRetractionWithoutATimeIsMadeNow() {
        fixture.given(recorded())
               .when(retraction("never happened", null))
               .expectEvents(new FavorRetracted("team", "f1", "never happened", NOW, "ana"));
    }

    @Test
    void retractingTheSameWayAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(retracted()), retraction("never happened", null));
    }

    @Test
    void aRetractedFavorCannotBeRetractedAgainForAnotherReason() {
        refuses(fixture.given(retracted()), retraction("duplicate", null), Reason.ALREADY_RETRACTED, "reason");
    }

    @Test
    void aFavorNeverRecordedCannotBeRetracted() {
        refuses(fixture.givenNoPriorActivity(), retraction("never happened", null), Reason.NO_SUCH_FAVOR, null);
    }

    @Test
    void aRetractionCannotBeMadeInTheFuture() {
        refusesADayAhead(fixture.given(recorded()), at -> retraction("never happened", at));
    }

    @Test
    void aFavorIsAmendedWithTheValuesToCorrectAndTheTimeOfTheAmendment() {
        fixture.given(recorded())
               .when(amendment(null, "bo", 5, null))
               .expectEvents(new FavorAmended("team", "f1", "a1", null, "bo", null, 5, null, null, null, null, null,
                                              "typo", NOW, "bo"));
    }

    @Test
    void sendingTheSameAmendmentAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(recorded(), amendment(null, "bo", null, null).toEvent(RETRACTED)),
                            amendment(null, "bo", null, null));
    }

    @Test
    void anAmendmentIdAlreadyUsedForAnotherAmendmentIsAConflict() {
        refuses(fixture.given(recorded(), amendment(null, "bo", null, null).toEvent(RETRACTED)),
                amendment(null, null, 5, null), Reason.ID_CONFLICT, "amendmentId");
    }

    @Test
    void aRetractedFavorCannotBeAmended() {
        refuses(fixture.given(retracted()), amendment(null, null, 5, null), Reason.FAVOR_RETRACTED, null);
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        refuses(fixture.given(recorded()), amendment("me", "ana", 3, null), Reason.NOTHING_TO_CHANGE, null);
    }

    @Test
    void anAmendedFavorStillNeedsTwoPeople() {
        refuses(fixture.given(recorded()), amendment(null, "me", null, null), Reason.SAME_GIVER_AND_RECEIVER,
                "receiverId");
    }

    @Test
    void anAmendedFavorStillWeighsBetweenOneAndFive() {
        refuses(fixture.given(recorded()), amendment(null, null, 0, null), Reason.OUT_OF_RANGE, "weight");
    }

    @Test
    void aNewPartyOfAnAmendedFavorMustBeALiveContact() {
        refuses(fixture.given(recorded()), amendment("stranger", null, null, null), Reason.UNKNOWN_CONTACT, "giverId");
    }

    @Test
    void anAmendedFavorCannotHaveBeenDoneInTheFuture() {
        refusesADayAhead(fixture.given(recorded()),
                         at -> new AmendFavor("team", "f1", "a1", null, null, null, null, null, at, null, null, null,
                                              null));
    }

    @Test
    void anAmendedFavorCannotReciprocateItself() {
        refuses(fixture.given(recorded()), amendmentReturning("f1"), Reason.RECIPROCATES_ITSELF,
                "reciprocatesFavorId");
    }

    @Test
    void anAmendedFavorCannotReciprocateAFavorOfAnotherLedger() {
        directory.withLedger("elsewhere", "someone").withFavor("elsewhere", "theirs");

        refuses(fixture.given(recorded()), amendmentReturning("theirs"), Reason.UNKNOWN_FAVOR, "reciprocatesFavorId");
    }

    @Test
    void anAmendedFavorMayReciprocateAnEarlierFavorOfItsLedger() {
        fixture.given(recorded())
               .when(amendmentReturning("earlier"))
               .expectEvents(new FavorAmended("team", "f1", "a1", null, null, null, null, null, null, null, "earlier",
                                              null, "typo", NOW, "ana"));
    }

    @Test
    void aFavorOfAContactArchivedSinceCanStillHaveItsNoteAmended() {
        directory.withArchivedContact("team", "ana");
        fixture.given(recorded())
               .when(amendment(null, null, null, "to their CEO"))
               .expectEvents(amendment(null, null, null, "to their CEO").toEvent(NOW, "ana"));
    }

    @Test
    void anArchivedContactCannotBecomeAPartyOfAFavor() {
        directory.withArchivedContact("team", "bo");

        refuses(fixture.given(recorded()), amendment(null, "bo", null, null), Reason.ARCHIVED_CONTACT, "receiverId");
    }

    @Test
    void aFavorNeverRecordedCannotBeAmended() {
        refuses(fixture.givenNoPriorActivity(), amendment(null, null, 5, null), Reason.NO_SUCH_FAVOR, null);
    }
}
