package goodwill.events;

import java.time.Instant;
import java.util.List;

/**
 * People spent time together. The attendees are at least two distinct live contacts of the ledger (me
 * included or not), in the order given.
 *
 * @param meetingId       unique within the ledger
 * @param initiatorId     the attendee who brought the meeting about, or null
 * @param place           where it happened, free text, or null
 * @param durationMinutes how long it lasted, 1 to 1440, or null
 * @param note            free text, or null
 */
public record MeetingRecorded(String ledgerId,
                              String meetingId,
                              MeetingKind kind,
                              List<String> attendeeIds,
                              Instant occurredAt,
                              String initiatorId,
                              String place,
                              Integer durationMinutes,
                              String note) implements LedgerEvent {
}
