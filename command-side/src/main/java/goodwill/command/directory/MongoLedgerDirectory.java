package goodwill.command.directory;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import goodwill.command.CommandCollections;
import goodwill.command.Ids;
import goodwill.command.directory.DirectoryEntry.Kind;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerOpened;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The ledger directory in MongoDB, written by a subscribing event processor (see
 * {@link DirectoryConfiguration}) so that it changes in the same unit of work as the event store.
 * <p>
 * A ledger's and a favor's entry is replaced whole by its key (their events come one aggregate at a time); a
 * contact's entry is only ever changed field by field ({@code $set}, {@code $addToSet}, {@code $pull}), because
 * favors of different aggregates, recorded at once, change the same contact's favors from me. Either way, handling
 * an event again changes nothing. The directory lives in MongoDB rather than in memory so that several
 * command-side instances share it.
 */
@Component
@ProcessingGroup(DirectoryConfiguration.PROCESSING_GROUP)
class MongoLedgerDirectory implements LedgerDirectory {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final String GIVEN_BY_ME = "givenByMe";
    /** Merges chain only as far as people were merged twice; this bounds a walk over a broken directory. */
    private static final int MAX_MERGES = 64;

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
        DirectoryEntry entry = entry(Ids.contact(ledgerId, contactId));
        return entry != null && entry.kind() == Kind.CONTACT;
    }

    @Override
    public boolean isMe(String ledgerId, String personId) {
        DirectoryEntry ledger = entry(Ids.ledger(ledgerId));
        return ledger != null && ledger.kind() == Kind.LEDGER && personId.equals(ledger.meId());
    }

    /** One look-up of the contact, and one of its favors from me by their keys: both by unique key. */
    @Override
    public boolean hasGivenBefore(String ledgerId, String contactId, Instant before) {
        DirectoryEntry contact = entry(Ids.contact(ledgerId, contactId));
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

    /** The kind is checked too: a malformed ledger id from a URL could otherwise name another kind's key. */
    private boolean is(String key, Kind kind) {
        DirectoryEntry entry = entry(key);
        return entry != null && entry.kind() == kind && entry.live();
    }

    private DirectoryEntry entry(String key) {
        return entries.find(eq("_id", key)).first();
    }

    @EventHandler
    void on(LedgerOpened event) {
        entries.replaceOne(eq("_id", Ids.ledger(event.ledgerId())),
                           DirectoryEntry.ledger(Ids.ledger(event.ledgerId()), event.ledgerId(), event.meId()), UPSERT);
        added(event.ledgerId(), event.meId());
    }

    @EventHandler
    void on(ContactAdded event) {
        added(event.ledgerId(), event.contactId());
    }

    @EventHandler
    void on(FavorRecorded event) {
        putFavor(event.ledgerId(), event.favorId(), true, event.giverId(), event.receiverId(), event.occurredAt());
        counted(event.ledgerId(), event.favorId(), event.giverId(), event.receiverId(), true);
    }

    /** An amendment may make a favor one from me, or one no longer from me, or move it to another contact. */
    @EventHandler
    void on(FavorAmended event) {
        DirectoryEntry favor = entry(Ids.favor(event.ledgerId(), event.favorId()));
        if (favor == null || favor.kind() != Kind.FAVOR || !favor.live()) {
            return;
        }
        String giverId = event.giverId() == null ? favor.giverId() : event.giverId();
        String receiverId = event.receiverId() == null ? favor.receiverId() : event.receiverId();
        Instant occurredAt = event.favorOccurredAt() == null ? favor.occurredAt() : event.favorOccurredAt();
        counted(event.ledgerId(), event.favorId(), favor.giverId(), favor.receiverId(), false);
        putFavor(event.ledgerId(), event.favorId(), true, giverId, receiverId, occurredAt);
        counted(event.ledgerId(), event.favorId(), giverId, receiverId, true);
    }

    /** A retracted favor can no longer be returned by another, nor counts as given. */
    @EventHandler
    void on(FavorRetracted event) {
        DirectoryEntry favor = entry(Ids.favor(event.ledgerId(), event.favorId()));
        if (favor == null || favor.kind() != Kind.FAVOR) {
            putFavor(event.ledgerId(), event.favorId(), false, null, null, null);
            return;
        }
        putFavor(event.ledgerId(), event.favorId(), false, favor.giverId(), favor.receiverId(), favor.occurredAt());
        counted(event.ledgerId(), event.favorId(), favor.giverId(), favor.receiverId(), false);
    }

    @EventHandler
    void on(ContactArchived event) {
        entries.updateOne(eq("_id", Ids.contact(event.ledgerId(), event.contactId())), Updates.set("live", false));
    }

    /** The survivor takes over the merged contact's favors from me; the merged one keeps none. */
    @EventHandler
    void on(ContactsMerged event) {
        String ledgerId = event.ledgerId();
        String survivorId = survivorOf(ledgerId, event.survivorId());
        DirectoryEntry merged = entry(Ids.contact(ledgerId, event.mergedId()));
        List<String> given = merged == null ? List.of() : merged.givenByMe();
        if (!given.isEmpty()) {
            entries.updateOne(eq("_id", Ids.contact(ledgerId, survivorId)), Updates.addEachToSet(GIVEN_BY_ME, given));
        }
        entries.updateOne(eq("_id", Ids.contact(ledgerId, event.mergedId())),
                          Updates.combine(Updates.set("live", false), Updates.set("survivorId", survivorId),
                                          Updates.set(GIVEN_BY_ME, List.of())));
    }

    /** A contact added again (the event handled twice) stays as it is: archived, merged, with its favors from me. */
    private void added(String ledgerId, String contactId) {
        entries.updateOne(eq("_id", Ids.contact(ledgerId, contactId)),
                          Updates.combine(Updates.setOnInsert("kind", Kind.CONTACT.name()),
                                          Updates.setOnInsert("ledgerId", ledgerId),
                                          Updates.setOnInsert("live", true),
                                          Updates.setOnInsert(GIVEN_BY_ME, List.of())),
                          new UpdateOptions().upsert(true));
    }

    private void putFavor(String ledgerId, String favorId, boolean live, String giverId, String receiverId,
                          Instant occurredAt) {
        String key = Ids.favor(ledgerId, favorId);
        entries.replaceOne(eq("_id", key), DirectoryEntry.favor(key, ledgerId, live, giverId, receiverId, occurredAt),
                           UPSERT);
    }

    /** Counts the favor as given by me to its receiver (as merges count them), or no longer; nothing when not mine. */
    private void counted(String ledgerId, String favorId, String giverId, String receiverId, boolean given) {
        if (giverId == null || receiverId == null || !isMe(ledgerId, survivorOf(ledgerId, giverId))) {
            return;
        }
        String contactKey = Ids.contact(ledgerId, survivorOf(ledgerId, receiverId));
        entries.updateOne(eq("_id", contactKey), given ? Updates.addToSet(GIVEN_BY_ME, favorId)
                : Updates.pull(GIVEN_BY_ME, favorId));
    }

    /** The contact as it counts now: itself, or the contact it was merged into, and so on. */
    private String survivorOf(String ledgerId, String contactId) {
        String current = contactId;
        for (int step = 0; step < MAX_MERGES; step++) {
            DirectoryEntry entry = entry(Ids.contact(ledgerId, current));
            if (entry == null || entry.survivorId() == null) {
                return current;
            }
            current = entry.survivorId();
        }
        return current;
    }
}
