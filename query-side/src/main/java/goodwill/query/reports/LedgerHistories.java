package goodwill.query.reports;

import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.NotFoundException;
import goodwill.storage.MongoEventStorageEngine;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * A ledger's whole history, read from the event store itself rather than from any read model: a report is then
 * never behind, never held back by a rebuild, and folds exactly what was recorded.
 */
@Component
class LedgerHistories {

    private final MongoEventStorageEngine events;

    LedgerHistories(MongoEventStorageEngine events) {
        this.events = events;
    }

    /** The ledger's events in the order they were recorded; a ledger never opened is a 404. */
    History of(String ledgerId) {
        List<RecordedEvent> history = new ArrayList<>();
        String meId = null;
        for (DomainEventMessage<?> message : events.readLedger(ledgerId)) {
            if (message.getPayload() instanceof LedgerEvent event && event.ledgerId().equals(ledgerId)) {
                Object recordedBy = message.getMetaData().get(EventMetaData.RECORDED_BY);
                history.add(new RecordedEvent(event, message.getIdentifier(), message.getTimestamp(),
                                              recordedBy == null ? null : recordedBy.toString()));
                if (meId == null && event instanceof LedgerOpened opened) {
                    meId = opened.meId();
                }
            }
        }
        if (meId == null) {
            throw NotFoundException.unknownLedger(ledgerId);
        }
        return new History(ledgerId, meId, history);
    }

    record History(String ledgerId, String meId, List<RecordedEvent> events) {

        List<LedgerEvent> ledgerEvents() {
            return events.stream().map(RecordedEvent::event).toList();
        }
    }
}
