package goodwill.ops.imports;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** {@code goodwill import} against the running app, as a user runs it from a shell with a personal access token. */
@AppTest
class ImportCommandTest {

    private static final String CONNECTIONS = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Jane,Doe,https://www.linkedin.com/in/jane-doe-cli,jane@example.org,Acme Robotics,Staff Engineer,05 Mar 2021
            Ravi,Kumar,https://www.linkedin.com/in/ravi-kumar-cli,,"Widgets, Inc.",Head of Sales,17 Nov 2019
            ,,https://www.linkedin.com/in/hidden-cli,,,,01 Jan 2020
            """;

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;
    @TempDir
    Path directory;

    private final StringWriter said = new StringWriter();
    private String ledgerId;

    @BeforeEach
    void openLedger() {
        ledgerId = http.postForObject("/api/ledgers", Map.of("ownerName", "Maya Chen"), JsonNode.class)
                       .path("ledgerId").asText();
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** Runs {@code goodwill import} with the arguments, against this app, with the administrator's token. */
    private int run(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--url", "http://127.0.0.1:" + port,
                           "--token", TestCallers.tokenOf(context, Accounts.FIRST_ADMINISTRATOR)));
        return CommandLines.run(new ImportCommand(), said, all.toArray(String[]::new));
    }

    @Test
    void aLinkedInExportIsImportedWithItsReportAndImportedAgainRecordsNothing() throws Exception {
        Path connections = file("Connections.csv", CONNECTIONS);

        assertThat(run(connections.toString(), "--ledger", ledgerId, "--format", "linkedin", "--dry-run"))
                .as(said.toString()).isZero();
        assertThat(said.toString()).contains("Would add 2, change 0, leave 0 unchanged; skipped 1, problems 0.");

        assertThat(run(connections.toString(), "--ledger", ledgerId, "--format", "linkedin")).as(said.toString())
                                                                                              .isZero();
        assertThat(said.toString()).contains("Added 2, change 0, leave 0 unchanged; skipped 1, problems 0.")
                                   .contains("skipped, line 7: no name");

        assertThat(run(connections.toString(), "--ledger", ledgerId, "--format", "linkedin")).isZero();
        assertThat(said.toString()).contains("Added 0, change 0, leave 2 unchanged");
        JsonNode contacts = http.getForObject("/api/ledgers/" + ledgerId + "/contacts", JsonNode.class);
        assertThat(contacts.toString()).contains("Jane Doe", "Ravi Kumar");
    }

    @Test
    void aFileWithProblemsRecordsNothingNamesEachByLineAndExitsOne() throws Exception {
        Path bad = file("bad.csv", CONNECTIONS.replace("05 Mar 2021", "2021-03-05"));

        assertThat(run(bad.toString(), "--ledger", ledgerId, "--format", "linkedin")).isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).contains("Nothing recorded: would add 1")
                                   .contains("problem, line 5, Connected On: '2021-03-05' is not a day")
                                   .contains("--partial");
    }

    @Test
    void aFileThatIsNoExportOfItsFormatIsRefusedWithTheServersWordsAndUsageErrorsExitTwo() throws Exception {
        Path other = file("other.csv", "Name,Mail\nJane,jane@example.org\n");

        assertThat(run(other.toString(), "--ledger", ledgerId, "--format", "linkedin")).isEqualTo(Remote.REFUSED);
        assertThat(said.toString()).startsWith("Not imported: the server answered 400: ")
                                   .contains("not a LinkedIn connections export");
        assertThat(run(other.toString(), "--ledger", ledgerId, "--format", "outlook")).isEqualTo(Remote.USAGE);
        assertThat(run(directory.resolve("missing.csv").toString(), "--ledger", ledgerId, "--format", "csv"))
                .isEqualTo(Remote.USAGE);
    }
}
