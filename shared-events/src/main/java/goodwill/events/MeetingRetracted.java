package goodwill.events;

import java.time.Instant;

/**
 * A recorded meeting is taken back: it was a mistake, and no longer counts anywhere. The meeting's own event
 * stays in the history; the timeline shows both.
 *
 * @param reason     why it was retracted, in the user's words
 * @param occurredAt when the retraction was made (defaults to the time of recording)
 */
public record MeetingRetracted(String ledgerId, String meetingId, String reason, Instant occurredAt)
        implements LedgerEvent {
}
