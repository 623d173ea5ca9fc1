package goodwill.storage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import goodwill.events.EventMetaData;
import goodwill.storage.MongoEventStorageEngine.Field;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;

/**
 * A ledger's whole history as the event store holds it: every event of the ledger's commits, in the order of their
 * positions, with what the store keeps beside each payload. Read with one cursor over the ledger's commits, sorted
 * by position, so a history of any length is never held in memory.
 */
public final class LedgerHistory {

    private final MongoCollection<Document> events;

    public LedgerHistory(MongoDatabase database) {
        this.events = database.getCollection(StorageCollections.EVENTS);
    }

    /**
     * One recorded event.
     *
     * @param position    its place in the whole store, dense and increasing
     * @param type        the event's type, as the journal names it ({@code FavorRecorded})
     * @param revision    the revision of its payload's shape, or null for the first
     * @param aggregateType the kind of aggregate that recorded it ({@code Contact}, {@code Favor}, …)
     * @param sequence    its number among its aggregate's events, from 0
     * @param occurredAt  when it happened, as its payload says; null for an event without a business time
     * @param recordedAt  when it was recorded
     * @param recordedBy  who recorded it, or null when nobody is named
     * @param payload     the event as stored
     */
    public record RecordedEvent(long position, String eventId, String type, String revision, String aggregateType,
                                String aggregateId, long sequence, Instant occurredAt, Instant recordedAt, String recordedBy,
                                String correlationId, Document payload) {
    }

    /** Hands every event of the ledger to {@code each}, in recorded order; answers how many there were. */
    public long each(String ledgerId, Consumer<RecordedEvent> each) {
        long count = 0;
        try (MongoCursor<Document> commits = events.find(Filters.eq(Field.LEDGER_ID, ledgerId))
                                                   .sort(Sorts.ascending(Field.ID)).iterator()) {
            while (commits.hasNext()) {
                Document commit = commits.next();
                List<Document> entries = commit.getList(Field.EVENTS, Document.class);
                long first = ((Number) commit.get(Field.ID)).longValue() - entries.size() + 1;
                for (int i = 0; i < entries.size(); i++) {
                    each.accept(recorded(commit, entries.get(i), first + i));
                    count++;
                }
            }
        }
        return count;
    }

    private static RecordedEvent recorded(Document commit, Document entry, long position) {
        Document payload = entry.get(Field.PAYLOAD, Document.class);
        Document metaData = entry.get(Field.META_DATA, Document.class);
        String payloadType = entry.getString(Field.PAYLOAD_TYPE);
        Object occurredAt = payload.get("occurredAt");
        return new RecordedEvent(position, entry.getString(Field.EVENT_IDENTIFIER),
                                 payloadType.substring(payloadType.lastIndexOf('.') + 1),
                                 entry.getString(Field.PAYLOAD_REVISION), commit.getString(Field.AGGREGATE_TYPE),
                                 commit.getString(Field.AGGREGATE_IDENTIFIER),
                                 ((Number) entry.get(Field.SEQUENCE_NUMBER)).longValue(),
                                 occurredAt instanceof String text ? Instant.parse(text) : null,
                                 entry.get(Field.TIMESTAMP, Date.class).toInstant(),
                                 metaData == null ? null : metaData.getString(EventMetaData.RECORDED_BY),
                                 metaData == null ? null : metaData.getString(EventMetaData.CORRELATION_ID), payload);
    }
}
