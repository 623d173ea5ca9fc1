package goodwill.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import goodwill.ops.GoodwillProcess;
import goodwill.storage.EmbeddedMongo;
import goodwill.storage.MongoConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goodwill db}: the embedded database server alone, in a process of its own, as several Goodwill processes
 * share it: what it acknowledged is there once it is stopped and started again on its data, and it rewrites its
 * file when a Goodwill process asks after a forgetting.
 */
class DbCommandTest {

    @TempDir
    Path data;

    @Test
    void theDatabaseServerAloneKeepsWhatItAcknowledgedAcrossARestartAndRewritesItsFileWhenAsked() throws Exception {
        int port = GoodwillProcess.freePort();
        ChildProcess db = start(port, "db-1.log");
        try (MongoClient client = MongoClients.create(MongoConnection.settings("mongodb://127.0.0.1:" + port))) {
            MongoCollection<Document> people = client.getDatabase("goodwill").getCollection("people");
            people.insertOne(new Document("_id", "p1").append("name", "Philomena Vantongeren"));
            people.replaceOne(new Document("_id", "p1"), new Document("_id", "p1").append("name", "Forgotten person"));
            assertThat(fileText()).as("the file before its rewrite").contains("Vantongeren");

            Document answer = client.getDatabase("admin").runCommand(new Document("goodwillRewriteFile", 1));

            assertThat(answer.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(fileText()).as("the rewritten file").doesNotContain("Vantongeren");
        }
        db.stop();

        try (ChildProcess again = start(port, "db-2.log");
             MongoClient client = MongoClients.create(MongoConnection.settings("mongodb://127.0.0.1:" + port))) {
            Document kept = client.getDatabase("goodwill").getCollection("people").find(new Document("_id", "p1"))
                                  .first();
            assertThat(kept.getString("name")).isEqualTo("Forgotten person");
        }
    }

    private String fileText() throws IOException {
        return Files.readString(data.resolve(EmbeddedMongo.FILE_NAME), StandardCharsets.ISO_8859_1);
    }

    /** {@code goodwill db} on the port and the test's data, its output in a log of its own. */
    private ChildProcess start(int port, String log) throws IOException {
        Path file = data.resolve(log);
        return ChildProcess.start(file, Map.of(), () -> GoodwillProcess.says(file, "Goodwill's database is up"),
                                  "db", "--port=" + port, "--data-directory=" + data);
    }
}
