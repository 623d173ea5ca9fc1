package goodwill.command.directory;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import goodwill.command.CommandCollections;
import goodwill.command.Ids;
import goodwill.command.directory.DirectoryEntry.Kind;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerOpened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The ledger directory in MongoDB, written by a subscribing event processor (see
 * {@link DirectoryConfiguration}) so that it changes in the same unit of work as the event store.
 * <p>
 * A ledger's and a favor's entry is written whole by its key (their events come one aggregate at a time); a
 * contact's entry is only ever changed field by field ({@code $set}, {@code $addToSet}, {@code $pull}), because
 * favors of different aggregates, recorded at once, change the same contact's favors from me. Either way, handling
 * an event again changes nothing, and the writes of one event go in one round trip. The directory lives in
 * MongoDB rather than in memory so that several command-side instances share it.
 *
 * <h2>What is answered without asking MongoDB</h2>
 * Another command-side instance may archive a contact or retract a favor at any moment, so a live contact or
 * favor is read from MongoDB at least once by every command that asks about it: an answer kept in memory could
 * be out of date. What can no longer change is kept in memory, for this instance's life: that a ledger exists
 * and who its me is (me is a live contact for good, never archived nor merged away), and that a contact stopped
 * being live (archived, or merged into its survivor) or a favor was retracted. Within one command (its unit of
 * work, the directory's own event handling included) each entry is read once: every answer it gets is as current
 * as the command itself.
 */
@Component
@ProcessingGroup(DirectoryConfiguration.PROCESSING_GROUP)
class MongoLedgerDirectory implements LedgerDirectory {

    private static final ReplaceOptions REPLACE_OR_INSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPDATE_OR_INSERT = new UpdateOptions().upsert(true);
    private static final String GIVEN_BY_ME = "givenByMe";
    /** Merges chain only as far as people were merged twice; this bounds a walk over a broken directory. */
    private static final int MAX_MERGES = 64;
    private static final String READ_IN_THIS_COMMAND = MongoLedgerDirectory.class.getName() + ".read";

    private final MongoCollection<DirectoryEntry> entries;
    /** Entries whose fields checked here can no longer change; a contact's favors from me may, and are not read from it. */
    private final Map<String, DirectoryEntry> settled = new ConcurrentHashMap<>();

    MongoLedgerDirectory(MongoDatabase database) {
        // Written in the unit of work that appends the events, whose commit the event store ends with a journaled
        // write: that write makes these durable too, so they need not wait for the journal themselves.
        this.entries = database.withWriteConcern(WriteConcern.MAJORITY)
                               .getCollection(CommandCollections.LEDGER_DIRECTORY, DirectoryEntry.class);
        // Lookups are all by _id; this index serves reading one ledger's entries (a rebuild, an export).
        entries.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
    }

    @Override
    public boolean isLedger(String ledgerId) {
        return is(Ids.ledger(ledgerId), Kind.LEDGER);
    }

    @Override
    public boolean isLiveContact(String ledgerId, String contactId) {
        return isMe(ledgerId, contactId) || is(Ids.contact(ledgerId, contactId), Kind.CONTACT);
    }

    @Override
    public boolean isFavor(String ledgerId, String favorId) {
        return is(Ids.favor(ledgerId, favorId), Kind.FAVOR);
    }

    @Override
    public boolean isContact(String ledgerId, String contactId) {
        if (isMe(ledgerId, contactId)) {
            return true;
        }
        DirectoryEntry entry = known(Ids.contact(ledgerId, contactId));
        return entry != null && entry.kind() == Kind.CONTACT;
    }

    @Override
    public boolean isMe(String ledgerId, String personId) {
        DirectoryEntry ledger = known(Ids.ledger(ledgerId));
        return ledger != null && ledger.kind() == Kind.LEDGER && personId.equals(ledger.meId());
    }

    /** One look-up of the contact, and one of its favors from me by their keys: both by unique key. */
    @Override
    public boolean hasGivenBefore(String ledgerId, String contactId, Instant before) {
        DirectoryEntry contact = read(Ids.contact(ledgerId, contactId));
        if (contact == null || contact.kind() != Kind.CONTACT || contact.givenByMe().isEmpty()) {
            return false;
        }
        List<String> keys = contact.givenByMe().stream().map(favorId -> Ids.favor(ledgerId, favorId)).toList();
        for (DirectoryEntry favor : entries.find(in("_id", keys))) {
            if (favor.kind() == Kind.FAVOR && favor.live() && favor.occurredAt() != null
                    && favor.occurredAt().isBefore(before)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> ledgerIds() {
        return entries.find(eq("kind", Kind.LEDGER.name())).map(DirectoryEntry::ledgerId).into(new ArrayList<>());
    }

    /** The kind is checked too: a malformed ledger id from a URL could otherwise name another kind's key. */
    private boolean is(String key, Kind kind) {
        DirectoryEntry entry = known(key);
        return entry != null && entry.kind() == kind && entry.live();
    }

    /** The entry as far as its kind, liveness, me and survivor go: from memory once they cannot change. */
    private DirectoryEntry known(String key) {
        DirectoryEntry entry = settled.get(key);
        return entry != null ? entry : read(key);
    }

    /** The entry as this command first read it, or as MongoDB has it now. */
    private DirectoryEntry read(String key) {
        Map<String, DirectoryEntry> readInThisCommand = readInThisCommand();
        if (readInThisCommand != null && readInThisCommand.containsKey(key)) {
            return readInThisCommand.get(key);
        }
        DirectoryEntry entry = entries.find(eq("_id", key)).first();
        if (readInThisCommand != null) {
            readInThisCommand.put(key, entry);
        }
        if (entry != null && (entry.kind() == Kind.LEDGER || !entry.live())) {
            settled.put(key, entry);
        }
        return entry;
    }

    /** What the current command read, shared by its unit of work and the directory's handling of its events. */
    private static Map<String, DirectoryEntry> readInThisCommand() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(READ_IN_THIS_COMMAND, name -> new HashMap<>())
                : null;
    }

    /** Writes in one round trip, and forgets what this command read of the entries written. */
    private void write(List<WriteModel<DirectoryEntry>> writes) {
        if (writes.isEmpty()) {
            return;
        }
        entries.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        Map<String, DirectoryEntry> readInThisCommand = readInThisCommand();
        if (readInThisCommand != null) {
            readInThisCommand.clear();
        }
    }

    @EventHandler
    void on(LedgerOpened event) {
        DirectoryEntry ledger = DirectoryEntry.ledger(Ids.ledger(event.ledgerId()), event.ledgerId(), event.meId());
        write(List.of(new ReplaceOneModel<>(eq("_id", ledger.id()), ledger, REPLACE_OR_INSERT),
                      added(event.ledgerId(), event.meId())));
        settled.put(ledger.id(), ledger);
    }

    @EventHandler
    void on(ContactAdded event) {
        write(List.of(added(event.ledgerId(), event.contactId())));
    }

    @EventHandler
    void on(FavorRecorded event) {
        List<WriteModel<DirectoryEntry>> writes = new ArrayList<>();
        writes.add(putFavor(event.ledgerId(), event.favorId(), true, event.giverId(), event.receiverId(),
                            event.occurredAt()));
        counted(writes, event.ledgerId(), event.favorId(), event.giverId(), event.receiverId(), true);
        write(writes);
    }

    /** An amendment may make a favor one from me, or one no longer from me, or move it to another contact. */
    @EventHandler
    void on(FavorAmended event) {
        DirectoryEntry favor = read(Ids.favor(event.ledgerId(), event.favorId()));
        if (favor == null || favor.kind() != Kind.FAVOR || !favor.live()) {
            return;
        }
        String giverId = event.giverId() == null ? favor.giverId() : event.giverId();
        String receiverId = event.receiverId() == null ? favor.receiverId() : event.receiverId();
        Instant occurredAt = event.favorOccurredAt() == null ? favor.occurredAt() : event.favorOccurredAt();
        List<WriteModel<DirectoryEntry>> writes = new ArrayList<>();
        counted(writes, event.ledgerId(), event.favorId(), favor.giverId(), favor.receiverId(), false);
        writes.add(putFavor(event.ledgerId(), event.favorId(), true, giverId, receiverId, occurredAt));
        counted(writes, event.ledgerId(), event.favorId(), giverId, receiverId, true);
        write(writes);
    }

    /** A retracted favor can no longer be returned by another, nor counts as given. */
    @EventHandler
    void on(FavorRetracted event) {
        DirectoryEntry favor = read(Ids.favor(event.ledgerId(), event.favorId()));
        if (favor == null || favor.kind() != Kind.FAVOR) {
            write(List.of(putFavor(event.ledgerId(), event.favorId(), false, null, null, null)));
            return;
        }
        List<WriteModel<DirectoryEntry>> writes = new ArrayList<>();
        writes.add(putFavor(event.ledgerId(), event.favorId(), false, favor.giverId(), favor.receiverId(),
                            favor.occurredAt()));
        counted(writes, event.ledgerId(), event.favorId(), favor.giverId(), favor.receiverId(), false);
        write(writes);
    }

    @EventHandler
    void on(ContactArchived event) {
        write(List.of(notLive(event.ledgerId(), event.contactId())));
    }

    /** A forgotten person is named by nothing new, as an archived one. */
    @EventHandler
    void on(ContactForgotten event) {
        write(List.of(notLive(event.ledgerId(), event.contactId())));
    }

    private static WriteModel<DirectoryEntry> notLive(String ledgerId, String contactId) {
        return new UpdateOneModel<>(eq("_id", Ids.contact(ledgerId, contactId)), Updates.set("live", false));
    }

    /** The survivor takes over the merged contact's favors from me; the merged one keeps none. */
    @EventHandler
    void on(ContactsMerged event) {
        String ledgerId = event.ledgerId();
        String survivorId = survivorOf(ledgerId, event.survivorId());
        DirectoryEntry merged = read(Ids.contact(ledgerId, event.mergedId()));
        List<String> given = merged == null ? List.of() : merged.givenByMe();
        List<WriteModel<DirectoryEntry>> writes = new ArrayList<>();
        if (!given.isEmpty()) {
            writes.add(new UpdateOneModel<>(eq("_id", Ids.contact(ledgerId, survivorId)),
                                            Updates.addEachToSet(GIVEN_BY_ME, given)));
        }
        writes.add(new UpdateOneModel<>(eq("_id", Ids.contact(ledgerId, event.mergedId())),
                                        Updates.combine(Updates.set("live", false), Updates.set("survivorId", survivorId),
                                                        Updates.set(GIVEN_BY_ME, List.of()))));
        write(writes);
    }

    /** A contact added again (the event handled twice) stays as it is: archived, merged, with its favors from me. */
    private static WriteModel<DirectoryEntry> added(String ledgerId, String contactId) {
        return new UpdateOneModel<>(eq("_id", Ids.contact(ledgerId, contactId)),
                                    Updates.combine(Updates.setOnInsert("kind", Kind.CONTACT.name()),
                                                    Updates.setOnInsert("ledgerId", ledgerId),
                                                    Updates.setOnInsert("live", true),
                                                    Updates.setOnInsert(GIVEN_BY_ME, List.of())),
                                    UPDATE_OR_INSERT);
    }

    /**
     * A favor's entry, whole: a field-by-field upsert rather than a replacement, so that it travels in one
     * {@code update} command with the contact updates beside it.
     */
    private static WriteModel<DirectoryEntry> putFavor(String ledgerId, String favorId, boolean live, String giverId,
                                                       String receiverId, Instant occurredAt) {
        return new UpdateOneModel<>(eq("_id", Ids.favor(ledgerId, favorId)),
                                    Updates.combine(Updates.set("kind", Kind.FAVOR.name()),
                                                    Updates.set("ledgerId", ledgerId),
                                                    Updates.set("live", live),
                                                    Updates.set("giverId", giverId),
                                                    Updates.set("receiverId", receiverId),
                                                    Updates.set("occurredAt", occurredAt)),
                                    UPDATE_OR_INSERT);
    }

    /** Counts the favor as given by me to its receiver (as merges count them), or no longer; nothing when not mine. */
    private void counted(List<WriteModel<DirectoryEntry>> writes, String ledgerId, String favorId, String giverId,
                         String receiverId, boolean given) {
        if (giverId == null || receiverId == null || !isMe(ledgerId, survivorOf(ledgerId, giverId))) {
            return;
        }
        String contactKey = Ids.contact(ledgerId, survivorOf(ledgerId, receiverId));
        writes.add(new UpdateOneModel<>(eq("_id", contactKey), given ? Updates.addToSet(GIVEN_BY_ME, favorId)
                : Updates.pull(GIVEN_BY_ME, favorId)));
    }

    /** The contact as it counts now: itself, or the contact it was merged into, and so on; me is never merged. */
    private String survivorOf(String ledgerId, String contactId) {
        String current = contactId;
        for (int step = 0; step < MAX_MERGES && !isMe(ledgerId, current); step++) {
            DirectoryEntry entry = known(Ids.contact(ledgerId, current));
            if (entry == null || entry.survivorId() == null) {
                return current;
            }
            current = entry.survivorId();
        }
        return current;
    }
}
