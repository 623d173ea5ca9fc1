package goodwill.command.directory;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import goodwill.command.CommandCollections;
import goodwill.command.Ids;
import goodwill.command.directory.DirectoryEntry.Kind;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerOpened;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The ledger directory in MongoDB, written by a subscribing event processor (see
 * {@link DirectoryConfiguration}) so that it changes in the same unit of work as the event store.
 * <p>
 * Every write replaces one entry by its key, so handling an event again changes nothing. The directory
 * lives in MongoDB rather than in memory so that several command-side instances share it.
 */
@Component
@ProcessingGroup(DirectoryConfiguration.PROCESSING_GROUP)
class MongoLedgerDirectory implements LedgerDirectory {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<DirectoryEntry> entries;

    MongoLedgerDirectory(MongoDatabase database) {
        this.entries = database.getCollection(CommandCollections.LEDGER_DIRECTORY, DirectoryEntry.class);
        // Lookups are all by _id; this index serves reading one ledger's entries (a rebuild, an export).
        entries.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
    }

    @Override
    public boolean isLedger(String ledgerId) {
        return is(Ids.ledger(ledgerId), Kind.LEDGER);
    }

    @Override
    public boolean isLiveContact(String ledgerId, String contactId) {
        return is(Ids.contact(ledgerId, contactId), Kind.CONTACT);
    }

    @Override
    public boolean isFavor(String ledgerId, String favorId) {
        return is(Ids.favor(ledgerId, favorId), Kind.FAVOR);
    }

    @Override
    public boolean isContact(String ledgerId, String contactId) {
        DirectoryEntry entry = entries.find(eq("_id", Ids.contact(ledgerId, contactId))).first();
        return entry != null && entry.kind() == Kind.CONTACT;
    }

    /** The kind is checked too: a malformed ledger id from a URL could otherwise name another kind's key. */
    private boolean is(String key, Kind kind) {
        DirectoryEntry entry = entries.find(eq("_id", key)).first();
        return entry != null && entry.kind() == kind && entry.live();
    }

    @EventHandler
    void on(LedgerOpened event) {
        put(List.of(new DirectoryEntry(Ids.ledger(event.ledgerId()), Kind.LEDGER, event.ledgerId(), true),
                    new DirectoryEntry(Ids.contact(event.ledgerId(), event.meId()), Kind.CONTACT, event.ledgerId(), true)));
    }

    @EventHandler
    void on(ContactAdded event) {
        put(List.of(new DirectoryEntry(Ids.contact(event.ledgerId(), event.contactId()), Kind.CONTACT,
                                       event.ledgerId(), true)));
    }

    @EventHandler
    void on(FavorRecorded event) {
        put(List.of(new DirectoryEntry(Ids.favor(event.ledgerId(), event.favorId()), Kind.FAVOR,
                                       event.ledgerId(), true)));
    }

    /** A retracted favor can no longer be returned by another. */
    @EventHandler
    void on(FavorRetracted event) {
        put(List.of(new DirectoryEntry(Ids.favor(event.ledgerId(), event.favorId()), Kind.FAVOR,
                                       event.ledgerId(), false)));
    }

    @EventHandler
    void on(ContactArchived event) {
        put(List.of(new DirectoryEntry(Ids.contact(event.ledgerId(), event.contactId()), Kind.CONTACT,
                                       event.ledgerId(), false)));
    }

    @EventHandler
    void on(ContactsMerged event) {
        put(List.of(new DirectoryEntry(Ids.contact(event.ledgerId(), event.mergedId()), Kind.CONTACT,
                                       event.ledgerId(), false)));
    }

    private void put(List<DirectoryEntry> changed) {
        List<WriteModel<DirectoryEntry>> writes = changed.stream()
                .<WriteModel<DirectoryEntry>>map(entry -> new ReplaceOneModel<>(eq("_id", entry.id()), entry, UPSERT))
                .toList();
        entries.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }
}
