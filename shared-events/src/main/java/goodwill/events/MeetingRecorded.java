package goodwill.events;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * People spent time together. The attendees are at least two distinct live contacts of the ledger (me
 * included or not), in the order given.
 *
 * @param meetingId       unique within the ledger
 * @param initiatorId     the attendee who brought the meeting about, or null
 * @param place           where it happened, free text, or null
 * @param durationMinutes how long it lasted, 1 to 1440, or null
 * @param note            free text, or null
 * @param subjectId whose key seals its personal details ({@link AboutSomeone#among}); null when recorded
 *                  before events named one
 */
@Revision("2")
public record MeetingRecorded(String ledgerId,
                              String meetingId,
                              MeetingKind kind,
                              List<String> attendeeIds,
                              Instant occurredAt,
                              String initiatorId,
                              @PersonalDetail String place,
                              Integer durationMinutes,
                              @PersonalDetail String note,
                              String subjectId) implements LedgerEvent, AboutSomeone {

    /** As recorded before events named their subject: its personal details were stored in clear. */
    public MeetingRecorded(String ledgerId, String meetingId, MeetingKind kind, List<String> attendeeIds,
                           Instant occurredAt, String initiatorId, String place, Integer durationMinutes, String note) {
        this(ledgerId, meetingId, kind, attendeeIds, occurredAt, initiatorId, place, durationMinutes, note, null);
    }
}
