package goodwill.command.meeting;

import goodwill.command.web.ClientId;
import goodwill.command.web.CommandController;
import goodwill.command.web.IdempotencyKey;
import goodwill.command.web.OneOf;
import goodwill.events.MeetingKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledgers/{ledgerId}/meetings")
class MeetingController extends CommandController {

    MeetingController(CommandGateway commands) {
        super(commands);
    }

    record RecordMeetingRequest(@ClientId String meetingId,
                                @NotNull @OneOf(MeetingKind.class) String kind,
                                @NotNull @Size(min = RecordMeeting.MIN_ATTENDEES, max = RecordMeeting.MAX_ATTENDEES)
                                List<@NotNull @ClientId String> attendeeIds,
                                @NotNull Instant occurredAt,
                                @ClientId String initiatorId,
                                @Size(max = 200) String place,
                                @Min(RecordMeeting.MIN_DURATION_MINUTES) @Max(RecordMeeting.MAX_DURATION_MINUTES)
                                Integer durationMinutes,
                                @Size(max = 2000) String note) {
    }

    /** Answers the meeting's id, recorded or retracted. */
    record MeetingResponse(String meetingId) {
    }

    /** Records a meeting: its kind, its attendees, who initiated it, where and how long. */
    @PostMapping
    ResponseEntity<MeetingResponse> record(@PathVariable String ledgerId,
                                                   @Valid @RequestBody RecordMeetingRequest request,
                                                   @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        return create(ledgerId, "meetings", request.meetingId(), key,
                      meetingId -> new RecordMeeting(ledgerId, meetingId, MeetingKind.valueOf(request.kind()),
                                                     List.copyOf(request.attendeeIds()), request.occurredAt(),
                                                     request.initiatorId(), request.place(),
                                                     request.durationMinutes(), request.note()),
                      MeetingResponse::new);
    }

    /** A retraction is not a thing of its own to be found later: it is answered 200 with the meeting's id. */
    @PostMapping("/{meetingId}/retraction")
    ResponseEntity<MeetingResponse> retract(@PathVariable String ledgerId, @PathVariable String meetingId,
                                                     @Valid @RequestBody RetractionRequest request) {
        send(new RetractMeeting(ledgerId, meetingId, request.reason(), request.occurredAt()));
        return ResponseEntity.ok(new MeetingResponse(meetingId));
    }
}
