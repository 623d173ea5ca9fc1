package goodwill.storage.crypto;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import goodwill.storage.StorageCollections;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
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

    /**
     * Destroys the person's key: what was sealed with it is unreadable from now on. Answers whether there was a key
     * to destroy (none when they were forgotten already, or never had anything sealed).
     */
    public boolean forget(String ledgerId, String personId) {
        String id = id(ledgerId, personId);
        // Remembered first, so that no thread here opens anything with the key once the database says it is gone.
        remembered.put(id, new Remembered(Optional.empty(), true, Instant.MAX));
        Date now = Date.from(clock.instant());
        boolean live = keys.updateOne(Filters.and(eq("_id", id), Filters.exists("wrapped")),
                                      Updates.combine(Updates.unset("wrapped"), Updates.set("forgottenAt", now)))
                           .getMatchedCount() > 0;
        if (!live) {
            keys.updateOne(eq("_id", id), Updates.setOnInsert("forgottenAt", now), new UpdateOptions().upsert(true));
        }
        return live;
    }

    /**
     * The ledger's data keys as an export carries them, wrapped by the master key as kept here (base64, by person),
     * and the people of the ledger forgotten, whose keys are gone.
     */
    public Exported exported(String ledgerId) {
        Map<String, String> wrapped = new TreeMap<>();
        List<String> forgotten = new ArrayList<>();
        String prefix = ledgerId + ":";
        for (Document key : keys.find(Filters.regex("_id", "^" + Pattern.quote(prefix)))) {
            String personId = key.getString("_id").substring(prefix.length());
            if (key.containsKey("forgottenAt")) {
                forgotten.add(personId);
            } else if (key.get("wrapped") instanceof Binary binary) {
                wrapped.put(personId, Base64.getEncoder().encodeToString(binary.getData()));
            }
        }
        return new Exported(wrapped, forgotten);
    }

    /**
     * A ledger's keys as an export carries them.
     *
     * @param wrapped   each person's data key, wrapped by the master key under {@code <ledgerId>:<personId>}
     * @param forgotten the people forgotten, who have none
     */
    public record Exported(Map<String, String> wrapped, List<String> forgotten) {
    }

    /**
     * A person's key as an export of their ledger carried it, opened with this master key, kept nowhere: what a
     * restore opens the export's sealed details with.
     *
     * @throws IllegalStateException when another master key wrapped it (the export comes from another installation)
     */
    public SecretKey exportedKey(String ledgerId, String personId, String wrapped) {
        String id = id(ledgerId, personId);
        try {
            return new SecretKeySpec(master.unwrap(Base64.getDecoder().decode(wrapped), id), "AES");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The export's key of " + personId + " does not open with the " + master
                                            + ": it was made where another master key is kept.", null);
        }
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
