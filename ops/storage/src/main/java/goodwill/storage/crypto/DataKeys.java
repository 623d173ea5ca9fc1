package goodwill.storage.crypto;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import goodwill.storage.StorageCollections;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Each person's data key, which seals what a ledger records about them, kept wrapped by the {@link MasterKey} in a
 * collection of its own: one document a person ({@code <ledgerId>:<personId>}), made the first time something about
 * them is sealed. Forgetting a person destroys their key: the document keeps only that they were forgotten, and from
 * then on nothing sealed with the key opens again, anywhere.
 * <p>
 * Keys are kept in memory for a short while ({@link #REMEMBERED}), so that a replay does not read one per event;
 * another node's forgetting is seen here within that while. A database whose keys were wrapped by another master key
 * is refused when the keys are opened, with words that say so, rather than answering garbage.
 */
public final class DataKeys {

    /** How long a key, or that it was destroyed, is remembered before it is read again. */
    static final Duration REMEMBERED = Duration.ofSeconds(30);
    private static final String CHECK = "master-key-check";
    private static final byte[] CHECKED = "goodwill master key".getBytes(StandardCharsets.UTF_8);
    private static final int BYTES = 32;

    private final MongoCollection<Document> keys;
    private final MasterKey master;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    /** A key read (or that there is none, or that it was destroyed, which is for good) and until when it holds. */
    private record Remembered(Optional<SecretKey> key, boolean forgotten, Instant until) {
    }

    /** Opens the keys of the database; {@link IllegalStateException} when they were wrapped by another master key. */
    public DataKeys(MongoDatabase database, MasterKey master, Clock clock) {
        this.keys = database.getCollection(StorageCollections.DATA_KEYS);
        this.master = master;
        this.clock = clock;
        Document check = keys.find(eq("_id", CHECK)).first();
        if (check == null) {
            insertIfAbsent(new Document("_id", CHECK).append("wrapped", new Binary(master.wrap(CHECKED, CHECK))));
            check = keys.find(eq("_id", CHECK)).first();
        }
        try {
            master.unwrap(check.get("wrapped", Binary.class).getData(), CHECK);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The " + master + " is not the one this database's personal data was "
                                            + "sealed with: start with the master key kept with this data (the "
                                            + MasterKey.FILE_NAME + " file, or GOODWILL_MASTER_KEY).", null);
        }
    }

    /** The person's key, made now when they have none; empty when they were forgotten. */
    public Optional<SecretKey> keyFor(String ledgerId, String personId) {
        return key(id(ledgerId, personId), true);
    }

    /** The person's key when they have one; empty when they were forgotten, or never had anything sealed. */
    public Optional<SecretKey> existingKeyOf(String ledgerId, String personId) {
        return key(id(ledgerId, personId), false);
    }

    /** Destroys the person's key: what was sealed with it is unreadable from now on. */
    public void forget(String ledgerId, String personId) {
        String id = id(ledgerId, personId);
        // Remembered first, so that no thread here opens anything with the key once the database says it is gone.
        remembered.put(id, new Remembered(Optional.empty(), true, Instant.MAX));
        keys.updateOne(eq("_id", id), Updates.combine(Updates.unset("wrapped"),
                                                      Updates.set("forgottenAt", Date.from(clock.instant()))),
                       new UpdateOptions().upsert(true));
    }

    /** Whether the person was forgotten. */
    public boolean isForgotten(String ledgerId, String personId) {
        Document found = keys.find(eq("_id", id(ledgerId, personId))).first();
        return found != null && found.containsKey("forgottenAt");
    }

    private Optional<SecretKey> key(String id, boolean make) {
        Instant now = clock.instant();
        Remembered known = remembered.get(id);
        if (known != null && now.isBefore(known.until()) && (known.key().isPresent() || known.forgotten() || !make)) {
            return known.key();
        }
        Document found = keys.find(eq("_id", id)).first();
        if (found == null && make) {
            byte[] key = new byte[BYTES];
            random.nextBytes(key);
            insertIfAbsent(new Document("_id", id).append("wrapped", new Binary(master.wrap(key, id)))
                                                  .append("createdAt", Date.from(now)));
            found = keys.find(eq("_id", id)).first();
        }
        Optional<SecretKey> key = found == null || !found.containsKey("wrapped") ? Optional.empty()
                : Optional.of(unwrapped(found, id));
        boolean forgotten = found != null && found.containsKey("forgottenAt");
        // A forgetting remembered meanwhile (by another thread, after this one read the key) is for good.
        return remembered.merge(id, new Remembered(key, forgotten, forgotten ? Instant.MAX : now.plus(REMEMBERED)),
                                (before, read) -> before.forgotten() ? before : read).key();
    }

    private SecretKey unwrapped(Document found, String id) {
        try {
            return new SecretKeySpec(master.unwrap(found.get("wrapped", Binary.class).getData(), id), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The data key " + id + " does not open with the " + master + ".", null);
        }
    }

    /** Inserts the document unless one of its id is there already (another node made it first: theirs is kept). */
    private void insertIfAbsent(Document document) {
        try {
            keys.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static String id(String ledgerId, String personId) {
        return ledgerId + ":" + personId;
    }
}
