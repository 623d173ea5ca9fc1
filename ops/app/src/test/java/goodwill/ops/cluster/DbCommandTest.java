package goodwill.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import goodwill.ops.GoodwillApp;
import goodwill.storage.EmbeddedMongo;
import goodwill.storage.MongoConnection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goodwill db}: the embedded database server alone, in a process of its own, as several Goodwill processes
 * share it: what it acknowledged is there once it is stopped and started again on its data, and it rewrites its
 * file when a Goodwill process asks after a forgetting.
 */
class DbCommandTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void theDatabaseServerAloneKeepsWhatItAcknowledgedAcrossARestartAndRewritesItsFileWhenAsked() throws Exception {
        int port = freePort();
        Process db = start(port);
        try (MongoClient client = MongoClients.create(MongoConnection.settings("mongodb://127.0.0.1:" + port))) {
            MongoCollection<Document> people = client.getDatabase("goodwill").getCollection("people");
            people.insertOne(new Document("_id", "p1").append("name", "Philomena Vantongeren"));
            people.replaceOne(new Document("_id", "p1"), new Document("_id", "p1").append("name", "Forgotten person"));
            assertThat(Files.readString(data.resolve(EmbeddedMongo.FILE_NAME), StandardCharsets.ISO_8859_1))
                    .as("the file before its rewrite").contains("Vantongeren");

            Document answer = client.getDatabase("admin").runCommand(new Document("goodwillRewriteFile", 1));

            assertThat(answer.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(Files.readString(data.resolve(EmbeddedMongo.FILE_NAME), StandardCharsets.ISO_8859_1))
                    .as("the rewritten file").doesNotContain("Vantongeren");
        }
        db.destroy();
        assertThat(db.waitFor(30, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();

        Process again = start(port);
        try (MongoClient client = MongoClients.create(MongoConnection.settings("mongodb://127.0.0.1:" + port))) {
            Document kept = client.getDatabase("goodwill").getCollection("people").find(new Document("_id", "p1"))
                                  .first();
            assertThat(kept.getString("name")).isEqualTo("Forgotten person");
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                                             GoodwillApp.class.getName(), "db", "--port=" + port,
                                             "--data-directory=" + data)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("db.log").toFile()))
                .start();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(process.isAlive()).as("the database server is running").isTrue();
            return Files.readString(data.resolve("db.log")).contains("Goodwill's database is up");
        });
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
