package goodwill.query.reports;

import goodwill.query.Named;
import goodwill.query.journal.Journal;
import java.time.Instant;
import java.util.Map;

/**
 * An event that counts at the later date of a comparison and not at the earlier one, as the journal shows events.
 *
 * @param corrects what a correction or follow-up is about ({@code favor:f1}), or null
 * @param summary  the event's own fields
 */
public record ChangedEvent(String eventId,
                           String type,
                           Instant occurredAt,
                           Instant recordedAt,
                           String recordedBy,
                           String corrects,
                           Map<String, Object> summary) {

    static ChangedEvent of(RecordedEvent recorded) {
        return new ChangedEvent(recorded.eventId(), Journal.typeOf(recorded.event()), recorded.event().occurredAt(),
                                recorded.recordedAt(), recorded.recordedBy(), Named.correctsOf(recorded.event()),
                                Journal.summaryOf(recorded.event()));
    }
}
