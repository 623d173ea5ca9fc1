package goodwill.ops.export;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** {@code goodwill export} against the running app, as a user runs it from a shell with a personal access token. */
@AppTest
class ExportCommandTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;
    @TempDir
    Path directory;

    private final StringWriter said = new StringWriter();

    private int export(String... arguments) {
        return CommandLines.run(new ExportCommand(), said, arguments);
    }

    @Test
    void theCommandLineWritesTheLedgersHistoryToAFileAsTheApiAnswersIt() throws Exception {
        String ledgerId = http.postForObject("/api/ledgers", Map.of("ownerName", "Maya Chen"), JsonNode.class)
                              .path("ledgerId").asText();
        http.postForObject("/api/ledgers/" + ledgerId + "/contacts", Map.of("displayName", "Ana Ruiz"), JsonNode.class);
        Path file = directory.resolve("maya.ndjson");

        int exit = export("--ledger", ledgerId, "--url", "http://127.0.0.1:" + port,
                          "--token", TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR), "--output", file.toString());

        assertThat(exit).as(said.toString()).isZero();
        assertThat(said.toString()).contains("Exported 3 events of ledger " + ledgerId + " to " + file + ".");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String api = http.getForObject("/api/ledgers/" + ledgerId + "/export", String.class);
        List<String> answered = List.of(api.split("\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"format\":\"goodwill-ledger-export\",\"version\":1,");
        assertThat(lines.subList(1, 4)).as("the events, as the API answers them").isEqualTo(answered.subList(1, 4));
    }

    @Test
    void aLedgerTheTokenCannotSeeIsRefusedWithTheServersWordsAndExitCodeOne() {
        int exit = export("--ledger", "not-mine", "--url", "http://127.0.0.1:" + port,
                          "--token", TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR),
                          "--output", directory.resolve("none.ndjson").toString());

        assertThat(exit).isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).startsWith("Not exported: the server answered 404: ").contains("not-mine");
        assertThat(directory.resolve("none.ndjson")).doesNotExist();
    }

    @Test
    void aBadTokenIsRefusedAndNoTokenIsAUsageError() {
        assertThat(export("--ledger", "demo", "--url", "http://127.0.0.1:" + port, "--token", "gw_nonsense"))
                .isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).contains("401");

        assertThat(export("--ledger", "demo", "--url", "http://127.0.0.1:" + port, "--token", " "))
                .isEqualTo(Remote.USAGE);
        assertThat(export("--url", "http://127.0.0.1:" + port)).as("--ledger is required").isEqualTo(Remote.USAGE);
    }

    @Test
    void aServerThatIsNotThereIsSaidSo() {
        int exit = export("--ledger", "demo", "--url", "http://127.0.0.1:1", "--token", "gw_any");

        assertThat(exit).isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).contains("Could not reach Goodwill at http://127.0.0.1:1");
    }
}
