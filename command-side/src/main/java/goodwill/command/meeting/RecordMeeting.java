package goodwill.command.meeting;

import goodwill.command.Ids;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record that people spent time together.
 *
 * @param initiatorId     the attendee who brought it about, or null
 * @param durationMinutes how long it lasted, or null
 */
public record RecordMeeting(String ledgerId,
                            String meetingId,
                            MeetingKind kind,
                            List<String> attendeeIds,
                            Instant occurredAt,
                            String initiatorId,
                            String place,
                            Integer durationMinutes,
                            String note) {

    public static final int MIN_ATTENDEES = 2;
    public static final int MAX_ATTENDEES = 50;
    public static final int MIN_DURATION_MINUTES = 1;
    public static final int MAX_DURATION_MINUTES = 24 * 60;

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.meeting(ledgerId, meetingId);
    }

    /** @param subjectId whose key seals the place and the note ({@link goodwill.events.AboutSomeone#among}) */
    MeetingRecorded toEvent(String subjectId) {
        return new MeetingRecorded(ledgerId, meetingId, kind, attendeeIds, occurredAt, initiatorId, place,
                                   durationMinutes, note, subjectId);
    }
}
