package goodwill.ops.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import goodwill.ops.AppTest;
import goodwill.ops.CommandLines;
import goodwill.ops.client.Remote;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** {@code goodwill restore} of a ledger's export into the running app, as a user runs it with a token. */
@AppTest
class RestoreCommandTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;
    @TempDir
    Path directory;

    private final StringWriter said = new StringWriter();

    private int run(Object command, String... arguments) {
        return CommandLines.run(command, said, arguments);
    }

    @Test
    void anExportedLedgerIsRestoredAsANewLedgerOfTheTokensOwnerAndNotTwice() throws Exception {
        String ledgerId = http.postForObject("/api/ledgers", Map.of("ownerName", "Maya Chen"), JsonNode.class)
                              .path("ledgerId").asText();
        http.postForObject("/api/ledgers/" + ledgerId + "/contacts", Map.of("displayName", "Ana Ruiz"), JsonNode.class);
        String token = TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR);
        String url = "http://127.0.0.1:" + port;
        Path file = directory.resolve("maya.ndjson");
        assertThat(run(new ExportCommand(), "--ledger", ledgerId, "--url", url, "--token", token, "-o",
                       file.toString())).as(said.toString()).isZero();
        String copy = "copy-" + UUID.randomUUID();

        assertThat(run(new RestoreCommand(), file.toString(), "--ledger", copy, "--url", url, "--token", token))
                .as(said.toString()).isZero();
        assertThat(said.toString()).contains("Restored 2 events of ledger " + ledgerId + " as ledger " + copy);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.getForObject("/api/ledgers/" + copy + "/contacts", JsonNode.class).toString()).contains("Ana Ruiz"));

        assertThat(run(new RestoreCommand(), file.toString(), "--ledger", copy, "--url", url, "--token", token))
                .isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).contains("409").contains("exists already");
        assertThat(run(new RestoreCommand(), file.toString(), "--url", url, "--token", token))
                .as("under its own id, which is taken").isEqualTo(Remote.REFUSED);
    }

    @Test
    void aFileThatIsNeitherAnExportNorABackupIsRefused() throws Exception {
        Path other = Files.writeString(directory.resolve("other.csv"), "Name\nAna\n", StandardCharsets.UTF_8);

        assertThat(run(new RestoreCommand(), other.toString(), "--url", "http://127.0.0.1:" + port, "--token", "x"))
                .isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).contains("neither a ledger's export");
        assertThat(run(new RestoreCommand(), directory.resolve("missing").toString())).isEqualTo(Remote.USAGE);
    }
}
