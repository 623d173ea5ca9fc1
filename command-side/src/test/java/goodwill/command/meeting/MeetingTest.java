package goodwill.command.meeting;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.recordsNothingAgain;
import static goodwill.command.AggregateTesting.refuses;
import static goodwill.command.AggregateTesting.refusesADayAhead;
import static goodwill.command.AggregateTesting.refusesInALedgerNeverOpened;

import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Instant MET = Instant.parse("2024-02-20T08:30:00Z");
    private static final Instant RETRACTED = Instant.parse("2024-02-28T09:00:00Z");

    private final FixtureConfiguration<Meeting> fixture = fixtureOf(Meeting.class,
                                                                    InMemoryLedgerDirectory.team("ana", "bo"));

    private static RecordMeeting meeting(List<String> attendeeIds, String initiatorId) {
        return new RecordMeeting("team", "m1", MeetingKind.COFFEE, attendeeIds, MET, initiatorId, "Café Luz", 45,
                                 "talked about the move");
    }

    private static RecordMeeting meetingLasting(int minutes) {
        return new RecordMeeting("team", "m1", MeetingKind.CALL, List.of("me", "ana"), MET, null, null, minutes, null);
    }

    /** A meal of me and ana, in the ledger and at the time given. */
    private static RecordMeeting meal(String ledgerId, Instant at) {
        return new RecordMeeting(ledgerId, "m1", MeetingKind.MEAL, List.of("me", "ana"), at, null, null, null, null);
    }

    @Test
    void aMeetingOfLiveContactsIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("me", "ana", "bo"), "ana"))
               .expectEvents(meeting(List.of("me", "ana", "bo"), "ana").toEvent("ana"));
    }

    @Test
    void aMeetingOfTwoOtherContactsIsRecordedToo() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("ana", "bo"), null))
               .expectEvents(meeting(List.of("ana", "bo"), null).toEvent("ana"));
    }

    @Test
    void recordingTheSameMeetingAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(meeting(List.of("me", "ana"), "me").toEvent("ana")),
                            meeting(List.of("me", "ana"), "me"));
    }

    @Test
    void aMeetingIdAlreadyUsedForAnotherMeetingIsAConflict() {
        refuses(fixture.given(meeting(List.of("me", "ana"), "me").toEvent("ana")), meeting(List.of("me", "bo"), "me"),
                Reason.ID_CONFLICT, "meetingId");
    }

    @Test
    void aMeetingNeedsAtLeastTwoAttendees() {
        refuses(fixture.givenNoPriorActivity(), meeting(List.of("me"), null), Reason.OUT_OF_RANGE, "attendeeIds");
    }

    @Test
    void anAttendeeIsNamedOnlyOnce() {
        refuses(fixture.givenNoPriorActivity(), meeting(List.of("me", "ana", "me"), null), Reason.NOT_DISTINCT,
                "attendeeIds[2]");
    }

    @Test
    void theInitiatorIsOneOfTheAttendees() {
        refuses(fixture.givenNoPriorActivity(), meeting(List.of("me", "ana"), "bo"), Reason.NOT_AN_ATTENDEE,
                "initiatorId");
    }

    @Test
    void everyAttendeeMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), meeting(List.of("me", "ana", "stranger"), null),
                Reason.UNKNOWN_CONTACT, "attendeeIds[2]");
    }

    @Test
    void aMeetingLastsAtLeastAMinute() {
        refuses(fixture.givenNoPriorActivity(), meetingLasting(0), Reason.OUT_OF_RANGE, "durationMinutes");
    }

    @Test
    void aMeetingLastsAtMostADay() {
        refuses(fixture.givenNoPriorActivity(), meetingLasting(24 * 60 + 1), Reason.OUT_OF_RANGE, "durationMinutes");
    }

    @Test
    void aMeetingCannotBeRecordedInALedgerThatWasNeverOpened() {
        refusesInALedgerNeverOpened(fixture, meal("elsewhere", MET));
    }

    @Test
    void aMeetingCannotHaveHappenedInTheFuture() {
        refusesADayAhead(fixture.givenNoPriorActivity(), at -> meal("team", at));
    }

    private static MeetingRecorded recorded() {
        return meeting(List.of("me", "ana"), null).toEvent("ana");
    }

    private static RetractMeeting retraction(String reason, Instant occurredAt) {
        return new RetractMeeting("team", "m1", reason, occurredAt);
    }

    /** The meeting, recorded and then retracted as cancelled. */
    private static Object[] retracted() {
        return new Object[] {recorded(), new MeetingRetracted("team", "m1", "it was cancelled", RETRACTED, "ana")};
    }

    @Test
    void aRecordedMeetingIsRetractedForAReason() {
        fixture.given(recorded())
               .when(retraction("it was cancelled", RETRACTED))
               .expectEvents(new MeetingRetracted("team", "m1", "it was cancelled", RETRACTED, "ana"));
    }

    @Test
    void aMeetingRetractionWithoutATimeIsMadeNow() {
        fixture.given(recorded())
               .when(retraction("it was cancelled", null))
               .expectEvents(new MeetingRetracted("team", "m1", "it was cancelled", NOW, "ana"));
    }

    @Test
    void retractingAMeetingTheSameWayAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(retracted()), retraction("it was cancelled", null));
    }

    @Test
    void aRetractedMeetingCannotBeRetractedAgainForAnotherReason() {
        refuses(fixture.given(retracted()), retraction("recorded twice", null), Reason.ALREADY_RETRACTED, "reason");
    }

    @Test
    void aMeetingNeverRecordedCannotBeRetracted() {
        refuses(fixture.givenNoPriorActivity(), retraction("it was cancelled", null), Reason.UNKNOWN_MEETING, null);
    }

    @Test
    void aMeetingRetractionCannotBeMadeInTheFuture() {
        refusesADayAhead(fixture.given(recorded()), at -> retraction("it was cancelled", at));
    }
}
