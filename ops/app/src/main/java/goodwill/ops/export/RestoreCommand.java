package goodwill.ops.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.ops.backup.Backup;
import goodwill.ops.backup.BackupProgress;
import goodwill.ops.client.Remote;
import goodwill.ops.client.RemoteOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code goodwill restore FILE}: a ledger's export restored into a running Goodwill over HTTP, under its own ledger
 * id or the one given; or a whole-database backup ({@code goodwill backup}) restored into an empty data directory.
 * Which it is, the file's first line says. Exit codes: 0 restored, 1 refused (a ledger id taken, an export cut short
 * or edited, a data directory that holds a store), 2 usage.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
         description = {"Restores a ledger's export (goodwill export) into a running Goodwill as a new ledger, or a "
                        + "whole-database backup (goodwill backup) into an empty data directory."})
public class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The export (.ndjson) or the backup to restore.")
    Path file;

    @Option(names = "--ledger", description = "For an export: the new ledger's id (default: the exported ledger's).")
    String ledger;

    /** For an export: the Goodwill to restore it into; the new ledger is the token's owner's. */
    @Mixin
    RemoteOptions server;

    @Option(names = "--data-directory", defaultValue = "./data",
            description = "For a backup: the empty data directory to restore into (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter said = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            said.println("Cannot read " + file + ".");
            return Remote.USAGE;
        }
        return Backup.isBackup(file) ? backup(said) : export(said);
    }

    private int backup(PrintWriter said) throws IOException {
        try (BackupProgress progress = new BackupProgress("Restoring " + file)) {
            Backup.Copied copied = Backup.restore(file, dataDirectory, progress);
            progress.close();
            said.println("Restored " + copied.documents() + " documents of " + copied.collections()
                         + " collections into " + dataDirectory + ".");
            return 0;
        } catch (Backup.Unavailable | IllegalArgumentException e) {
            said.println("Not restored: " + e.getMessage());
            return Remote.REFUSED;
        }
    }

    private int export(PrintWriter said) throws IOException, InterruptedException {
        JsonNode header;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = lines.readLine();
            header = first == null ? null : new ObjectMapper().readTree(first);
        } catch (IOException e) {
            header = null;
        }
        if (header == null || !ExportController.FORMAT.equals(header.path("format").asText())) {
            said.println(file + " is neither a ledger's export (goodwill export) nor a backup (goodwill backup).");
            return Remote.REFUSED;
        }
        String into = ledger != null ? ledger : header.path("ledgerId").asText();
        Optional<Remote> goodwill = server.remote(said);
        if (goodwill.isEmpty()) {
            return Remote.USAGE;
        }
        HttpRequest request = goodwill.get().ledger(into, "/imports?format=goodwill")
                                      .header("Content-Type", ExportController.NDJSON)
                                      .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        Optional<HttpResponse<String>> answer = goodwill.get().expect(request, HttpResponse.BodyHandlers.ofString(),
                                                                      201, "Not restored");
        if (answer.isEmpty()) {
            return Remote.REFUSED;
        }
        JsonNode restored = new ObjectMapper().readTree(answer.get().body());
        said.println("Restored " + restored.path("events").asLong() + " events of ledger "
                     + restored.path("fromLedgerId").asText() + " as ledger " + into + "; you are its owner.");
        return 0;
    }
}
