package goodwill.ops.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import goodwill.ops.CommandLines;
import goodwill.ops.client.Remote;
import goodwill.ops.export.RestoreCommand;
import goodwill.storage.MongoConnection;
import goodwill.storage.StorageProperties;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goodwill backup} and {@code goodwill restore} of a whole embedded store, as a user runs them with it stopped. */
class BackupCommandTest {

    @TempDir
    Path directory;

    private final StringWriter said = new StringWriter();

    private int run(Object command, String... arguments) {
        return CommandLines.run(command, said, arguments);
    }

    private static MongoConnection open(Path data) {
        return MongoConnection.open(null, new StorageProperties(null, "goodwill", data, 0, 16, Duration.ofSeconds(5)));
    }

    /** Every document of every collection, by collection, as JSON. */
    private static Map<String, List<String>> everything(Path data) {
        Map<String, List<String>> all = new TreeMap<>();
        try (MongoConnection store = open(data)) {
            MongoDatabase mongo = store.database();
            for (String name : mongo.listCollectionNames()) {
                all.put(name, mongo.getCollection(name).find().map(Document::toJson).into(new ArrayList<>()));
            }
        }
        return all;
    }

    @Test
    void aStoreBackedUpAndRestoredIntoAnEmptyDirectoryHoldsEveryDocumentAsItWas() throws Exception {
        Path data = directory.resolve("data");
        try (MongoConnection store = open(data)) {
            MongoDatabase mongo = store.database();
            mongo.getCollection("events").insertOne(new Document("_id", 41L).append("at", Date.from(Instant.EPOCH))
                                                                              .append("bytes", new Binary(new byte[] {1, 2})));
            mongo.getCollection("contacts").insertOne(new Document("_id", "ana").append("name", "Ana Ruiz"));
            mongo.createCollection("empty");
        }
        Path backup = directory.resolve("goodwill.backup");

        assertThat(run(new BackupCommand(), backup.toString(), "--data-directory", data.toString()))
                .as(said.toString()).isZero();
        assertThat(said.toString()).contains("Backed up 2 documents of 3 collections");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");

        Path restored = directory.resolve("restored");
        assertThat(run(new RestoreCommand(), backup.toString(), "--data-directory", restored.toString()))
                .as(said.toString()).isZero();
        assertThat(said.toString()).contains("Restored 2 documents of 3 collections into " + restored);
        assertThat(everything(restored)).isEqualTo(everything(data)).containsKeys("events", "contacts", "empty");

        assertThat(run(new RestoreCommand(), backup.toString(), "--data-directory", restored.toString()))
                .isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).contains("holds a store already");
    }

    @Test
    void aStoreInUseOrNoneIsNotBackedUp() {
        Path data = directory.resolve("data");
        assertThat(run(new BackupCommand(), directory.resolve("a.backup").toString(), "--data-directory",
                       data.toString())).isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).contains("There is no Goodwill store");

        try (MongoConnection running = open(data)) {
            running.database().getCollection("events").insertOne(new Document("_id", 1L));
            assertThat(run(new BackupCommand(), directory.resolve("b.backup").toString(), "--data-directory",
                           data.toString())).isEqualTo(Remote.REFUSED);
            assertThat(said.toString()).contains("is Goodwill running on it? Stop it first");
        }
    }
}
