package goodwill.ops.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.ops.client.Remote;
import goodwill.ops.client.RemoteOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code goodwill import}: sends a file of contacts (LinkedIn's connections, vCards, a spreadsheet's CSV) to a running
 * Goodwill, as {@code POST /api/ledgers/{l}/imports} takes it, follows the import with a progress bar, and prints its
 * report. Exit codes: 0 imported (or, dry run, importable) without a problem, 1 problems in the file (or refused, or
 * unreachable), 2 usage.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
         description = "Imports contacts from LinkedIn's Connections.csv, vCards or a CSV into a ledger, never twice.")
public class ImportCommand implements Callable<Integer> {

    enum Format { LINKEDIN, VCARD, CSV }

    private static final Duration POLL = Duration.ofMillis(200);

    @Parameters(index = "0", description = "The file to import.")
    Path file;

    @Option(names = "--ledger", required = true, description = "The id of the ledger to import into.")
    String ledger;

    @Option(names = "--format", required = true,
            description = "linkedin (Connections.csv), vcard (.vcf) or csv (with --map).")
    String format;

    @Option(names = "--map", description = "For csv: the column of each field, such as displayName:Name,email:E-mail.")
    String map;

    @Option(names = "--dry-run", description = "Only show what the import would do; record nothing.")
    boolean dryRun;

    @Option(names = "--partial", description = "Record the rows without problems even when others have some.")
    boolean partial;

    @Mixin
    RemoteOptions server;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter said = spec.commandLine().getErr();
        Format chosen;
        try {
            chosen = Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            said.println("--format is linkedin, vcard or csv, not '" + format + "'.");
            return Remote.USAGE;
        }
        if (!Files.isReadable(file)) {
            said.println("Cannot read " + file + ".");
            return Remote.USAGE;
        }
        Optional<Remote> goodwill = server.remote(said);
        if (goodwill.isEmpty()) {
            return Remote.USAGE;
        }
        String query = "?format=" + chosen.name().toLowerCase(Locale.ROOT) + "&dryRun=" + dryRun + "&partial=" + partial
                       + (map == null ? "" : "&map=" + URLEncoder.encode(map, StandardCharsets.UTF_8));
        HttpRequest start = goodwill.get().ledger(ledger, "/imports" + query)
                                    .header("Content-Type", chosen == Format.VCARD ? "text/vcard" : "text/csv")
                                    .header("Prefer", "respond-async")
                                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        Optional<HttpResponse<String>> started = goodwill.get().expect(start, HttpResponse.BodyHandlers.ofString(),
                                                                       202, "Not imported");
        if (started.isEmpty()) {
            return Remote.REFUSED;
        }
        String location = started.get().headers().firstValue("Location").orElseThrow();
        JsonNode report = follow(goodwill.get(), location, json.readTree(started.get().body()));
        if (report == null) {
            return Remote.REFUSED;
        }
        print(report, said);
        return report.path("state").asText().equals("DONE") && report.path("problems").isEmpty() ? 0
                                                                                              : Remote.REFUSED;
    }

    /** Polls the import until it ends, showing its progress; its report, or null when it could not be followed. */
    private JsonNode follow(Remote goodwill, String location, JsonNode first) throws IOException, InterruptedException {
        JsonNode current = first;
        try (ProgressBar progress = new ProgressBar("Importing " + file.getFileName(), 0)) {
            while (current.path("state").asText().equals("RUNNING")) {
                show(progress, current);
                Thread.sleep(POLL.toMillis());
                Optional<HttpResponse<String>> polled = goodwill.expect(
                        goodwill.to(location).GET().build(), HttpResponse.BodyHandlers.ofString(), 200,
                        "The import could not be followed");
                if (polled.isEmpty()) {
                    return null;
                }
                current = json.readTree(polled.get().body());
            }
            show(progress, current);
        }
        return current;
    }

    private void show(ProgressBar progress, JsonNode view) {
        String phase = view.path("phase").asText();
        progress.setExtraMessage(phase.equals("RECORDING") ? "recording" : "checking");
        progress.maxHint(view.path("progress").path("of").asLong());
        progress.stepTo(view.path("progress").path("done").asLong());
    }

    /** The report, as a person reads it: what was (or would be) done, then each skipped row and each problem. */
    private void print(JsonNode report, PrintWriter said) {
        JsonNode counts = report.path("counts");
        boolean recorded = report.path("recorded").asBoolean();
        String verb = report.path("dryRun").asBoolean() ? "Would add " : recorded ? "Added " : "Nothing recorded: "
                                                                                               + "would add ";
        said.println(verb + counts.path("add").asInt() + ", change " + counts.path("change").asInt() + ", leave "
                     + counts.path("unchanged").asInt() + " unchanged; skipped " + counts.path("skipped").asInt()
                     + ", problems " + counts.path("problems").asInt() + ".");
        for (JsonNode change : report.path("change")) {
            said.println("  changed, line " + change.path("line").asLong() + ", " + change.path("displayName").asText()
                         + ": " + String.join("; ", json.convertValue(change.path("changes"), String[].class)));
        }
        for (JsonNode skipped : report.path("skipped")) {
            said.println("  skipped, line " + skipped.path("line").asLong() + ": " + skipped.path("reason").asText());
        }
        for (JsonNode problem : report.path("problems")) {
            said.println("  problem, line " + problem.path("line").asLong()
                         + (problem.path("field").isTextual() ? ", " + problem.path("field").asText() : "") + ": "
                         + problem.path("message").asText());
        }
        if (!recorded && !report.path("dryRun").asBoolean()) {
            said.println("Correct the problems and import the file again, or import it with --partial.");
        }
    }
}
