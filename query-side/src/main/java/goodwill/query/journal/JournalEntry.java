package goodwill.query.journal;

import java.time.Instant;
import java.util.ArrayList;
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
 * @param correctsEventId the event id of the entry that recorded what {@code corrects} names, or null when
 *                        there is none (an event that stands alone, or one naming something never recorded)
 * @param correctedBy     the retractions and amendments of what this entry recorded, in the order recorded:
 *                        a reader of the past keeps those recorded by then
 * @param changes         of an amendment: each field it changed, as the favor read before and after it
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
                           Document summary,
                           String correctsEventId,
                           List<CorrectionRef> correctedBy,
                           List<FieldChange> changes) {

    public JournalEntry {
        parties = parties == null ? List.of() : List.copyOf(parties);
        correctedBy = correctedBy == null ? List.of() : List.copyOf(correctedBy);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An entry as {@link Journal#entryOf} makes it, before anything links it to other entries. */
    public JournalEntry(String ledgerId, long position, String eventId, String type, Instant occurredAt,
                        Instant recordedAt, String recordedBy, String correlationId, List<String> parties,
                        String corrects, Document summary) {
        this(ledgerId, position, eventId, type, occurredAt, recordedAt, recordedBy, correlationId, parties, corrects,
             summary, null, List.of(), List.of());
    }

    /** A later event that retracts or amends what an entry recorded. */
    public record CorrectionRef(String eventId, String type, Instant occurredAt, Instant recordedAt) {
    }

    /** One field an amendment changed: its value before and after, as text (ids, enum names, ISO instants). */
    public record FieldChange(String field, String before, String after) {
    }

    JournalEntry correcting(String originalEventId, List<FieldChange> fieldChanges) {
        return new JournalEntry(ledgerId, position, eventId, type, occurredAt, recordedAt, recordedBy, correlationId,
                                parties, corrects, summary, originalEventId, correctedBy, fieldChanges);
    }

    /** This entry with the correction added once, however often it is seen. */
    JournalEntry correctedBy(CorrectionRef correction) {
        if (correctedBy.stream().anyMatch(known -> known.eventId().equals(correction.eventId()))) {
            return this;
        }
        List<CorrectionRef> all = new ArrayList<>(correctedBy);
        all.add(correction);
        return withCorrectedBy(all);
    }

    JournalEntry withCorrectedBy(List<CorrectionRef> corrections) {
        return new JournalEntry(ledgerId, position, eventId, type, occurredAt, recordedAt, recordedBy, correlationId,
                                parties, corrects, summary, correctsEventId, corrections, changes);
    }
}
