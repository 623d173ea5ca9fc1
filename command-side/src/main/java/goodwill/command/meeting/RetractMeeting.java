package goodwill.command.meeting;

import goodwill.command.Ids;
import goodwill.events.MeetingRetracted;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back a recorded meeting: it was a mistake.
 *
 * @param occurredAt when it was retracted; null for "now"
 */
public record RetractMeeting(String ledgerId, String meetingId, String reason, Instant occurredAt) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.meeting(ledgerId, meetingId);
    }

    /** @param subjectId the meeting's subject, whose key seals the reason */
    MeetingRetracted toEvent(Instant occurredAt, String subjectId) {
        return new MeetingRetracted(ledgerId, meetingId, reason, occurredAt, subjectId);
    }
}
