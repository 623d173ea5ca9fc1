package goodwill.command;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.storage.StorageCollections;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.conversions.Bson;

/** What the event store holds, read behind the API's back: to prove what was recorded, and that a refusal recorded nothing. */
public class RecordedEvents {

    private final MongoCollection<Document> events;
    private final EventStore eventStore;

    RecordedEvents(MongoDatabase database, EventStore eventStore) {
        this.events = database.getCollection(StorageCollections.EVENTS);
        this.eventStore = eventStore;
    }

    /** What opening a ledger records: {@code LedgerOpened} and its opener's {@code MemberAdded}. */
    public static final int OPENING = 2;

    public long inLedger(String ledgerId) {
        return count(eq("ledgerId", ledgerId));
    }

    /** The ledger's events after its opening's. */
    public long sinceOpening(String ledgerId) {
        return inLedger(ledgerId) - OPENING;
    }

    public long total() {
        return count(new Document());
    }

    /** The events of one aggregate, with their metadata. */
    public List<? extends DomainEventMessage<?>> of(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }

    public List<Object> payloadsOf(String aggregateId) {
        return of(aggregateId).stream().<Object>map(DomainEventMessage::getPayload).toList();
    }

    private long count(Bson filter) {
        long count = 0;
        for (Document commit : events.find(filter)) {
            count += commit.getList("events", Document.class).size();
        }
        return count;
    }
}
