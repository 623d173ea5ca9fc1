package goodwill.command.meeting;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final Instant MET = Instant.parse("2024-02-20T08:30:00Z");
    private static final Instant RETRACTED = Instant.parse("2024-02-28T09:00:00Z");

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(new InMemoryLedgerDirectory().withLedger("team", "me")
                                                                        .withContact("team", "ana")
                                                                        .withContact("team", "bo"));
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
    }

    private static RecordMeeting meeting(List<String> attendeeIds, String initiatorId) {
        return new RecordMeeting("team", "m1", MeetingKind.COFFEE, attendeeIds, MET, initiatorId, "Café Luz", 45,
                                 "talked about the move");
    }

    private static RecordMeeting meetingLasting(int minutes) {
        return new RecordMeeting("team", "m1", MeetingKind.CALL, List.of("me", "ana"), MET, null, null, minutes, null);
    }

    @Test
    void aMeetingOfLiveContactsIsRecorded() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("me", "ana", "bo"), "ana"))
               .expectEvents(meeting(List.of("me", "ana", "bo"), "ana").toEvent());
    }

    @Test
    void aMeetingOfTwoOtherContactsIsRecordedToo() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("ana", "bo"), null))
               .expectEvents(meeting(List.of("ana", "bo"), null).toEvent());
    }

    @Test
    void recordingTheSameMeetingAgainRecordsNothing() {
        fixture.given(meeting(List.of("me", "ana"), "me").toEvent())
               .when(meeting(List.of("me", "ana"), "me"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aMeetingIdAlreadyUsedForAnotherMeetingIsAConflict() {
        fixture.given(meeting(List.of("me", "ana"), "me").toEvent())
               .when(meeting(List.of("me", "bo"), "me"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "meetingId"));
    }

    @Test
    void aMeetingNeedsAtLeastTwoAttendees() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("me"), null))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "attendeeIds"));
    }

    @Test
    void anAttendeeIsNamedOnlyOnce() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("me", "ana", "me"), null))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_DISTINCT, "attendeeIds[2]"));
    }

    @Test
    void theInitiatorIsOneOfTheAttendees() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("me", "ana"), "bo"))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_AN_ATTENDEE, "initiatorId"));
    }

    @Test
    void everyAttendeeMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(meeting(List.of("me", "ana", "stranger"), null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "attendeeIds[2]"));
    }

    @Test
    void aMeetingLastsAtLeastAMinute() {
        fixture.givenNoPriorActivity()
               .when(meetingLasting(0))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "durationMinutes"));
    }

    @Test
    void aMeetingLastsAtMostADay() {
        fixture.givenNoPriorActivity()
               .when(meetingLasting(24 * 60 + 1))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "durationMinutes"));
    }

    @Test
    void aMeetingCannotBeRecordedInALedgerThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
               .when(new RecordMeeting("elsewhere", "m1", MeetingKind.MEAL, List.of("me", "ana"), MET, null, null,
                                       null, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void aMeetingCannotHaveHappenedInTheFuture() {
        fixture.givenNoPriorActivity()
               .when(new RecordMeeting("team", "m1", MeetingKind.MEAL, List.of("me", "ana"),
                                       NOW.plus(Duration.ofDays(1)), null, null, null, null))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    private static MeetingRecorded recorded() {
        return meeting(List.of("me", "ana"), null).toEvent();
    }

    private static RetractMeeting retraction(String reason, Instant occurredAt) {
        return new RetractMeeting("team", "m1", reason, occurredAt);
    }

    @Test
    void aRecordedMeetingIsRetractedForAReason() {
        fixture.given(recorded())
               .when(retraction("it was cancelled", RETRACTED))
               .expectEvents(new MeetingRetracted("team", "m1", "it was cancelled", RETRACTED));
    }

    @Test
    void aMeetingRetractionWithoutATimeIsMadeNow() {
        fixture.given(recorded())
               .when(retraction("it was cancelled", null))
               .expectEvents(new MeetingRetracted("team", "m1", "it was cancelled", NOW));
    }

    @Test
    void retractingAMeetingTheSameWayAgainRecordsNothing() {
        fixture.given(recorded(), new MeetingRetracted("team", "m1", "it was cancelled", RETRACTED))
               .when(retraction("it was cancelled", null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aRetractedMeetingCannotBeRetractedAgainForAnotherReason() {
        fixture.given(recorded(), new MeetingRetracted("team", "m1", "it was cancelled", RETRACTED))
               .when(retraction("recorded twice", null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_RETRACTED, "reason"));
    }

    @Test
    void aMeetingNeverRecordedCannotBeRetracted() {
        fixture.givenNoPriorActivity()
               .when(retraction("it was cancelled", null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_MEETING, null));
    }

    @Test
    void aMeetingRetractionCannotBeMadeInTheFuture() {
        fixture.given(recorded())
               .when(retraction("it was cancelled", NOW.plus(Duration.ofDays(1))))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }
}
