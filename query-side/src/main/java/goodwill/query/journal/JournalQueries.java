package goodwill.query.journal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Sorts;
import goodwill.query.NotFoundException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Answers journal queries from the read model, as far as the projection has caught up. */
@Component
class JournalQueries {

    private final JournalStore store;

    JournalQueries(JournalStore store) {
        this.store = store;
    }

    /** The entry, if it is of the ledger: an event id of another ledger is as unknown as one never recorded. */
    JournalEntry answer(FindJournalEntry query) {
        JournalEntry entry = store.entries.find(and(eq("_id", query.eventId()), eq("ledgerId", query.ledgerId())))
                                          .first();
        if (entry != null) {
            return entry;
        }
        if (store.entries.find(eq("ledgerId", query.ledgerId())).first() == null) {
            throw NotFoundException.unknownLedger(query.ledgerId());
        }
        throw new NotFoundException("unknown-event", "Ledger '" + query.ledgerId() + "' has no event '"
                + query.eventId() + "'.");
    }

    /**
     * A keyset page: entries strictly older than the cursor on (time, position). A scan of the collection on
     * the embedded server, an index walk on real MongoDB. A ledger without a single entry is unknown.
     */
    JournalPage answer(FindJournal query) {
        String time = query.basis().field;
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("ledgerId", query.ledgerId()));
        if (query.contactId() != null) {
            filters.add(eq("parties", query.contactId()));
        }
        if (!query.types().isEmpty()) {
            filters.add(in("type", query.types()));
        }
        if (query.from() != null) {
            filters.add(gte(time, Date.from(query.from())));
        }
        if (query.to() != null) {
            filters.add(lt(time, Date.from(query.to())));
        }
        if (query.after() != null) {
            Date cursorTime = Date.from(query.after().time());
            filters.add(or(lt(time, cursorTime),
                           and(eq(time, cursorTime), lt("position", query.after().position()))));
        }
        List<JournalEntry> entries = store.entries.find(and(filters))
                                                  .sort(Sorts.descending(time, "position"))
                                                  .limit(query.limit() + 1)
                                                  .into(new ArrayList<>());
        if (entries.isEmpty() && store.entries.find(eq("ledgerId", query.ledgerId())).first() == null) {
            throw NotFoundException.unknownLedger(query.ledgerId());
        }
        if (entries.size() <= query.limit()) {
            return new JournalPage(entries, null);
        }
        List<JournalEntry> page = entries.subList(0, query.limit());
        return new JournalPage(List.copyOf(page),
                               JournalCursor.after(query.basis(), page.get(page.size() - 1)).encode());
    }
}
