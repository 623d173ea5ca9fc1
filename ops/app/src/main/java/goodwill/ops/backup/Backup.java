package goodwill.ops.backup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.storage.EmbeddedMongo;
import goodwill.storage.MongoConnection;
import goodwill.storage.StorageProperties;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * A whole embedded database in one file, and back: every collection's documents as MongoDB Extended JSON (canonical,
 * so that every BSON type comes back as it was), one a line, gzipped, after a first line naming the format. A backup
 * holds everything the database does, the accounts' hashed passwords and tokens too: it is kept as the data
 * directory is, readable by its owner only. It is taken of a store that is not running (the embedded store's file is
 * held by the app that opened it) and restored into a data directory that holds no store yet; for a real MongoDB,
 * {@code mongodump} and {@code mongorestore} do this.
 */
public final class Backup {

    /** What the first line of a backup says it is. */
    public static final String FORMAT = "goodwill-backup";
    public static final int VERSION = 1;
    private static final int BATCH = 1_000;
    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
                                                                          .build();

    private Backup() {
    }

    /** A data directory whose store cannot be opened here: it is in use, or is no store. */
    public static final class Unavailable extends IllegalStateException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What a backup or a restore went through. */
    public record Copied(long documents, int collections) {
    }

    /** Counts the documents to copy before the copy, then reports each. */
    public interface Progress {
        void start(long documents);

        void copied(long documents);
    }

    /** Writes every document of the embedded store in the directory to the file. */
    public static Copied backup(Path dataDirectory, String database, Path file, Progress progress) throws IOException {
        if (!Files.exists(dataDirectory.resolve(EmbeddedMongo.FILE_NAME))) {
            throw new Unavailable("There is no Goodwill store in " + dataDirectory.toAbsolutePath() + ".", null);
        }
        try (MongoConnection store = open(dataDirectory, database)) {
            MongoDatabase mongo = store.database();
            List<String> names = mongo.listCollectionNames().into(new ArrayList<>());
            long total = 0;
            for (String name : names) {
                total += mongo.getCollection(name).countDocuments();
            }
            progress.start(total);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            long copied = 0;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
                out.write(new Document("format", FORMAT).append("version", VERSION).append("database", database)
                                                        .append("takenAt", Instant.now().toString())
                                                        .append("collections", names).toJson());
                out.write('\n');
                for (String name : names) {
                    for (RawBsonDocument document : mongo.getCollection(name, RawBsonDocument.class).find()) {
                        out.write(new Document("collection", name).append("document", document).toJson(CANONICAL));
                        out.write('\n');
                        progress.copied(++copied);
                    }
                }
            }
            return new Copied(copied, names.size());
        }
    }

    /** Whether the file is a backup: gzipped, its first line naming the format. */
    public static boolean isBackup(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(2);
            if (magic.length < 2 || (magic[0] & 0xff) != 0x1f || (magic[1] & 0xff) != 0x8b) {
                return false;
            }
        }
        try (BufferedReader lines = reader(file)) {
            String first = lines.readLine();
            return first != null && FORMAT.equals(Document.parse(first).getString("format"));
        }
    }

    /** Writes every document of the backup into a new embedded store in the directory, which must have none. */
    public static Copied restore(Path file, Path dataDirectory, Progress progress) throws IOException {
        if (Files.exists(dataDirectory.resolve(EmbeddedMongo.FILE_NAME))) {
            throw new Unavailable("The data directory " + dataDirectory.toAbsolutePath() + " holds a store already: "
                                  + "a backup is restored into an empty one.", null);
        }
        try (BufferedReader lines = reader(file)) {
            Document header = Document.parse(lines.readLine());
            if (!FORMAT.equals(header.getString("format")) || header.getInteger("version", 0) != VERSION) {
                throw new IllegalArgumentException(file + " is not a Goodwill backup of version " + VERSION + ".");
            }
            progress.start(-1);
            long copied = 0;
            List<String> collections = header.getList("collections", String.class, List.of());
            try (MongoConnection store = open(dataDirectory, header.getString("database"))) {
                MongoDatabase mongo = store.database();
                collections.forEach(mongo::createCollection);
                String current = null;
                List<BsonDocument> batch = new ArrayList<>();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    RawBsonDocument entry = RawBsonDocument.parse(line);
                    String name = entry.getString("collection").getValue();
                    if (!name.equals(current) || batch.size() == BATCH) {
                        insert(mongo, current, batch);
                        current = name;
                    }
                    batch.add(entry.getDocument("document"));
                    progress.copied(++copied);
                }
                insert(mongo, current, batch);
            }
            return new Copied(copied, collections.size());
        }
    }

    private static void insert(MongoDatabase mongo, String collection, List<BsonDocument> batch) {
        if (!batch.isEmpty()) {
            MongoCollection<BsonDocument> into = mongo.getCollection(collection, BsonDocument.class);
            into.insertMany(batch);
            batch.clear();
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                                                        StandardCharsets.UTF_8));
    }

    private static MongoConnection open(Path dataDirectory, String database) {
        try {
            return MongoConnection.open(null, new StorageProperties(null, database, dataDirectory, 0, 64,
                                                                    Duration.ofSeconds(60)));
        } catch (RuntimeException e) {
            throw new Unavailable("The store in " + dataDirectory.toAbsolutePath() + " cannot be opened: is Goodwill "
                                  + "running on it? Stop it first (" + e.getMessage() + ").", e);
        }
    }
}
