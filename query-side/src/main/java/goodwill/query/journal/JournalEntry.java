package goodwill.query.journal;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One event of a ledger as the journal shows it, stored under its event id, so an event handled twice is
 * written once. Public only because the driver's record codec reads public records alone.
 *
 * @param position   the event's global position in the event store: the order it was recorded in
 * @param type       the event's simple name, e.g. {@code FavorRecorded}
 * @param recordedAt the event message's timestamp
 * @param recordedBy who recorded it, from the message's metadata, or null when it carries none
 * @param parties    the contact ids the event itself names, in the event's order, without repeats
 * @param corrects   what a correction or follow-up event is about ({@code favor:f1}, {@code contact:ana}), or null
 * @param summary    the event's own fields as JSON values (instants, dates and enums as strings)
 */
public record JournalEntry(String ledgerId,
                           long position,
                           @BsonId String eventId,
                           String type,
                           Instant occurredAt,
                           Instant recordedAt,
                           String recordedBy,
                           String correlationId,
                           List<String> parties,
                           String corrects,
                           Document summary) {

    public JournalEntry {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
