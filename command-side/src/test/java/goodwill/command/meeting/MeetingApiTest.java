package goodwill.command.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CommandSideTest
class MeetingApiTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String meetings;

    @BeforeEach
    void openLedgerWithContacts() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        meetings = "/api/ledgers/" + ledgerId + "/meetings";
        api.addContact(ledgerId, "ana");
        api.addContact(ledgerId, "bo");
    }

    /** The events of this test's ledger: its opening and its two contacts. */
    private long recordedInLedger() {
        return recorded.sinceOpening(ledgerId) - 2;
    }

    private String meeting(String meetingId, String attendees) {
        return """
                {"meetingId": "%s", "kind": "COFFEE", "attendeeIds": [%s], "occurredAt": "2024-02-20T08:30:00Z",
                 "durationMinutes": 45, "note": "talked about the move"}"""
                .formatted(meetingId, attendees);
    }

    @Test
    void aMeetingIsRecordedWithItsLocation() {
        Answer recordedMeeting = api.post(meetings, """
                {"meetingId": "m1", "kind": "MEAL", "attendeeIds": ["%s", "ana", "bo"],
                 "occurredAt": "2024-02-20T12:00:00Z", "initiatorId": "ana", "place": "Casa Bo",
                 "durationMinutes": 90, "note": "lunch"}""".formatted(meId));

        assertThat(recordedMeeting.status()).isEqualTo(201);
        assertThat(recordedMeeting.text("meetingId")).isEqualTo("m1");
        assertThat(recordedMeeting.headers().getLocation()).hasPath(meetings + "/m1");
        assertThat(recorded.payloadsOf(Ids.meeting(ledgerId, "m1")))
                .containsExactly(new MeetingRecorded(ledgerId, "m1", MeetingKind.MEAL, List.of(meId, "ana", "bo"),
                                                     Instant.parse("2024-02-20T12:00:00Z"), "ana", "Casa Bo", 90,
                                                     "lunch"));
    }

    @Test
    void aMeetingWithoutAnIdGetsAUuid() {
        Answer recordedMeeting = api.post(meetings, """
                {"kind": "CALL", "attendeeIds": ["ana", "bo"], "occurredAt": "2024-02-20T12:00:00Z"}""");

        assertThat(recordedMeeting.status()).isEqualTo(201);
        assertThat(UUID.fromString(recordedMeeting.text("meetingId"))).isNotNull();
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void recordingTheSameMeetingAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(meetings, meeting("m1", "\"ana\", \"bo\""));

        Answer again = api.post(meetings, meeting("m1", "\"ana\", \"bo\""));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void aMeetingIdInUseForAnotherMeetingIsAConflict() {
        api.post(meetings, meeting("m1", "\"ana\", \"bo\""));

        api.post(meetings, meeting("m1", "\"ana\", \"%s\"".formatted(meId))).isProblem(409, "id-conflict");

        assertThat(recordedInLedger()).isEqualTo(1);
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        Answer refused = api.post(meetings, "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("attendeeIds", "kind", "occurredAt");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownKindIsNamedWithTheAllowedOnes() {
        Answer refused = api.post(meetings, meeting("m1", "\"ana\", \"bo\"").replace("COFFEE", "PICNIC"))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("kind")).isEqualTo("must be one of COFFEE, MEAL, CALL, VIDEO, EVENT, VISIT");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aMeetingOfOnePersonIsRefused() {
        Answer refused = api.post(meetings, meeting("m1", "\"ana\"")).isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("attendeeIds");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anAttendeeNamedTwiceIsRefused() {
        Answer refused = api.post(meetings, meeting("m1", "\"ana\", \"bo\", \"ana\""))
                            .isProblem(422, "not-distinct");

        assertThat(refused.errorFields()).containsExactly("attendeeIds[2]");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anInitiatorWhoDidNotAttendIsRefused() {
        Answer refused = api.post(meetings, meeting("m1", "\"ana\", \"bo\"")
                                    .replace("\"note\"", "\"initiatorId\": \"%s\", \"note\"".formatted(meId)))
                            .isProblem(422, "not-an-attendee");

        assertThat(refused.errorFields()).containsExactly("initiatorId");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void anUnknownAttendeeIsNamed() {
        Answer refused = api.post(meetings, meeting("m1", "\"ana\", \"stranger\""))
                            .isProblem(422, "unknown-contact");

        assertThat(refused.errorFields()).containsExactly("attendeeIds[1]");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aDurationOutOfRangeIsNamed() {
        Answer refused = api.post(meetings, meeting("m1", "\"ana\", \"bo\"")
                                    .replace("\"durationMinutes\": 45", "\"durationMinutes\": 1441"))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("durationMinutes");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aNoteTooLongIsNamed() {
        Answer refused = api.post(meetings, meeting("m1", "\"ana\", \"bo\"")
                                    .replace("talked about the move", "x".repeat(2001)))
                            .isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("note");
        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aMeetingCannotHaveHappenedInTheFuture() {
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();

        api.post(meetings, meeting("m1", "\"ana\", \"bo\"").replace("2024-02-20T08:30:00Z", tomorrow))
           .isProblem(422, "in-the-future");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aMeetingCannotBeRecordedInAnUnknownLedger() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/meetings", meeting("m1", "\"ana\", \"bo\""))
           .isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    private String recordedMeeting() {
        assertThat(api.post(meetings, meeting("m1", "\"%s\", \"ana\"".formatted(meId))).status()).isEqualTo(201);
        return meetings + "/m1";
    }

    @Test
    void aMeetingIsRetractedForAReason() {
        String m1 = recordedMeeting();

        Answer retracted = api.post(m1 + "/retraction", """
                {"reason": "it was cancelled", "occurredAt": "2024-02-28T09:00:00Z"}""");

        assertThat(retracted.status()).isEqualTo(200);
        assertThat(retracted.text("meetingId")).isEqualTo("m1");
        assertThat(recorded.payloadsOf(Ids.meeting(ledgerId, "m1"))).last().isEqualTo(
                new MeetingRetracted(ledgerId, "m1", "it was cancelled", Instant.parse("2024-02-28T09:00:00Z")));
    }

    @Test
    void retractingAMeetingTheSameWayAgainAnswersTheSameAndRecordsNothing() {
        String m1 = recordedMeeting();
        Answer first = api.post(m1 + "/retraction", """
                {"reason": "it was cancelled"}""");

        Answer again = api.post(m1 + "/retraction", """
                {"reason": "it was cancelled"}""");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void aRetractedMeetingCannotBeRetractedForAnotherReason() {
        String m1 = recordedMeeting();
        api.post(m1 + "/retraction", """
                {"reason": "it was cancelled"}""");

        Answer refused = api.post(m1 + "/retraction", """
                {"reason": "recorded twice"}""").isProblem(409, "already-retracted");

        assertThat(refused.errorFields()).containsExactly("reason");
        assertThat(recordedInLedger()).isEqualTo(2);
    }

    @Test
    void retractingAMeetingNeverRecordedIsNotFound() {
        api.post(meetings + "/nothing/retraction", """
                {"reason": "it was cancelled"}""").isProblem(404, "unknown-meeting");

        assertThat(recordedInLedger()).isZero();
    }

    @Test
    void aMeetingRetractionNeedsAReason() {
        String m1 = recordedMeeting();

        Answer refused = api.post(m1 + "/retraction", "{}").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("reason");
        assertThat(recordedInLedger()).isEqualTo(1);
    }
}
