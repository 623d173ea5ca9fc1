package goodwill.command.meeting;

import static goodwill.command.LedgerFixture.tomorrow;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@CommandSideTest
class MeetingApiTest {

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");

    private static String meeting(String meetingId, String attendees) {
        return """
                {"meetingId": "%s", "kind": "COFFEE", "attendeeIds": [%s], "occurredAt": "2024-02-20T08:30:00Z",
                 "durationMinutes": 45, "note": "talked about the move"}"""
                .formatted(meetingId, attendees);
    }

    /** Meeting m1 of ana and bo, over coffee. */
    private static final String COFFEE = meeting("m1", "\"ana\", \"bo\"");

    @Test
    void aMeetingIsRecordedWithItsLocation() {
        Answer recordedMeeting = ledger.post("/meetings", """
                {"meetingId": "m1", "kind": "MEAL", "attendeeIds": ["%s", "ana", "bo"],
                 "occurredAt": "2024-02-20T12:00:00Z", "initiatorId": "ana", "place": "Casa Bo",
                 "durationMinutes": 90, "note": "lunch"}""".formatted(ledger.meId()));

        assertThat(recordedMeeting.status()).isEqualTo(201);
        assertThat(recordedMeeting.text("meetingId")).isEqualTo("m1");
        assertThat(recordedMeeting.headers().getLocation()).hasPath(ledger.path("/meetings/m1"));
        assertThat(ledger.eventsOf(Ids::meeting, "m1"))
                .containsExactly(new MeetingRecorded(ledger.id(), "m1", MeetingKind.MEAL,
                                                     List.of(ledger.meId(), "ana", "bo"),
                                                     Instant.parse("2024-02-20T12:00:00Z"), "ana", "Casa Bo", 90,
                                                     "lunch", "ana"));
    }

    @Test
    void aMeetingWithoutAnIdGetsAUuid() {
        Answer recordedMeeting = ledger.post("/meetings", """
                {"kind": "CALL", "attendeeIds": ["ana", "bo"], "occurredAt": "2024-02-20T12:00:00Z"}""");

        assertThat(recordedMeeting.status()).isEqualTo(201);
        assertThat(UUID.fromString(recordedMeeting.text("meetingId"))).isNotNull();
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void recordingTheSameMeetingAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/meetings", COFFEE, 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void aMeetingIdInUseForAnotherMeetingIsAConflict() {
        ledger.created("/meetings", COFFEE);

        ledger.refuses("/meetings", meeting("m1", "\"ana\", \"%s\"".formatted(ledger.meId())), 409, "id-conflict");
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        ledger.refuses("/meetings", "{}", 400, "invalid-request").naming("attendeeIds", "kind", "occurredAt");
    }

    @Test
    void anUnknownKindIsNamedWithTheAllowedOnes() {
        Answer refused = ledger.refuses("/meetings", COFFEE.replace("COFFEE", "PICNIC"), 400, "invalid-request");

        assertThat(refused.errorAbout("kind")).isEqualTo("must be one of COFFEE, MEAL, CALL, VIDEO, EVENT, VISIT");
    }

    @Test
    void aMeetingOfOnePersonIsRefused() {
        ledger.refuses("/meetings", meeting("m1", "\"ana\""), 400, "invalid-request").naming("attendeeIds");
    }

    @Test
    void anAttendeeNamedTwiceIsRefused() {
        ledger.refuses("/meetings", meeting("m1", "\"ana\", \"bo\", \"ana\""), 422, "not-distinct")
              .naming("attendeeIds[2]");
    }

    @Test
    void anInitiatorWhoDidNotAttendIsRefused() {
        String initiatedByMe = COFFEE.replace("\"note\"", "\"initiatorId\": \"%s\", \"note\"".formatted(ledger.meId()));

        ledger.refuses("/meetings", initiatedByMe, 422, "not-an-attendee").naming("initiatorId");
    }

    @Test
    void anUnknownAttendeeIsNamed() {
        ledger.refuses("/meetings", meeting("m1", "\"ana\", \"stranger\""), 422, "unknown-contact")
              .naming("attendeeIds[1]");
    }

    @Test
    void aDurationOutOfRangeIsNamed() {
        String overADay = COFFEE.replace("\"durationMinutes\": 45", "\"durationMinutes\": 1441");

        ledger.refuses("/meetings", overADay, 400, "invalid-request").naming("durationMinutes");
    }

    @Test
    void aNoteTooLongIsNamed() {
        ledger.refuses("/meetings", COFFEE.replace("talked about the move", "x".repeat(2001)), 400, "invalid-request")
              .naming("note");
    }

    @Test
    void aMeetingCannotHaveHappenedInTheFuture() {
        ledger.refuses("/meetings", COFFEE.replace("2024-02-20T08:30:00Z", tomorrow()), 422, "in-the-future");
    }

    @Test
    void aMeetingCannotBeRecordedInAnUnknownLedger() {
        ledger.refusedInAnUnknownLedger("/meetings", COFFEE);
    }

    /** Records m1, of me and ana, and answers the resource of its retraction. */
    private String recordedMeeting() {
        ledger.created("/meetings", meeting("m1", "\"%s\", \"ana\"".formatted(ledger.meId())));
        return "/meetings/m1/retraction";
    }

    @Test
    void aMeetingIsRetractedForAReason() {
        Answer retracted = ledger.post(recordedMeeting(), """
                {"reason": "it was cancelled", "occurredAt": "2024-02-28T09:00:00Z"}""");

        assertThat(retracted.status()).isEqualTo(200);
        assertThat(retracted.text("meetingId")).isEqualTo("m1");
        assertThat(ledger.eventsOf(Ids::meeting, "m1")).last().isEqualTo(
                new MeetingRetracted(ledger.id(), "m1", "it was cancelled", Instant.parse("2024-02-28T09:00:00Z"),
                                     "ana"));
    }

    @Test
    void retractingAMeetingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain(recordedMeeting(), """
                {"reason": "it was cancelled"}""", 200);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(2);
    }

    @Test
    void aRetractedMeetingCannotBeRetractedForAnotherReason() {
        String retraction = recordedMeeting();
        ledger.posted(retraction, """
                {"reason": "it was cancelled"}""", 200);

        ledger.refuses(retraction, """
                {"reason": "recorded twice"}""", 409, "already-retracted").naming("reason");
    }

    @Test
    void retractingAMeetingNeverRecordedIsNotFound() {
        ledger.refuses("/meetings/nothing/retraction", """
                {"reason": "it was cancelled"}""", 404, "unknown-meeting");
    }

    @Test
    void aMeetingRetractionNeedsAReason() {
        ledger.refuses(recordedMeeting(), "{}", 400, "invalid-request").naming("reason");
    }
}
