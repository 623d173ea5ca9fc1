package goodwill.query.facts;

import goodwill.events.MeetingRecorded;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A meeting of a ledger, kept so that a retraction finds it. Keyed by {@code <ledgerId>:<meetingId>}. Public
 * only because the driver's record codec reads public records alone.
 *
 * @param meeting   naming contacts as recorded (not as merged since)
 * @param retracted then it counts nowhere
 */
public record KeptMeeting(@BsonId String id, String ledgerId, MeetingRecorded meeting, boolean retracted) {

    static String key(String ledgerId, String meetingId) {
        return ledgerId + ":" + meetingId;
    }

    static KeptMeeting recorded(MeetingRecorded meeting) {
        return new KeptMeeting(key(meeting.ledgerId(), meeting.meetingId()), meeting.ledgerId(), meeting, false);
    }

    KeptMeeting asRetracted() {
        return new KeptMeeting(id, ledgerId, meeting, true);
    }
}
