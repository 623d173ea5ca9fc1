package goodwill.ops.export;

import goodwill.ops.client.Remote;
import goodwill.ops.client.RemoteOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code goodwill export}: downloads a ledger's whole history from a running Goodwill over HTTP, as
 * {@code GET /api/ledgers/{l}/export} answers it, with a personal access token (a READ token is enough). The
 * history goes to a file or to standard output; the progress and what went wrong, to standard error. Exit codes: 0
 * exported, 1 refused or unreachable, 2 usage.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
         description = "Downloads a ledger's whole history from a running Goodwill as NDJSON, one event a line.")
public class ExportCommand implements Callable<Integer> {

    @Option(names = "--ledger", required = true, description = "The id of the ledger to export.")
    String ledger;

    @Mixin
    RemoteOptions server;

    @Option(names = {"-o", "--output"}, description = "The file to write (default: standard output).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter said = spec.commandLine().getErr();
        Optional<Remote> goodwill = server.remote(said);
        if (goodwill.isEmpty()) {
            return Remote.USAGE;
        }
        HttpRequest request = goodwill.get().ledger(ledger, "/export").header("Accept", ExportController.NDJSON)
                                      .GET().build();
        Optional<HttpResponse<InputStream>> answer = goodwill.get().expect(
                request, HttpResponse.BodyHandlers.ofInputStream(), 200, "Not exported");
        if (answer.isEmpty()) {
            return Remote.REFUSED;
        }
        long events = copy(answer.get().body());
        said.println("Exported " + events + " event" + (events == 1 ? "" : "s") + " of ledger " + ledger
                     + (output == null ? "." : " to " + output + "."));
        return 0;
    }

    /** Writes the lines through as they come, counting the events (every line after the first). */
    private long copy(InputStream body) throws IOException {
        long lines = 0;
        Writer out = output == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
             ProgressBar progress = new ProgressBar("Exporting " + ledger, -1)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                if (lines++ > 0) {
                    progress.step();
                }
            }
        } finally {
            // Standard output stays open for whatever follows; a file is done.
            if (output == null) {
                out.flush();
            } else {
                out.close();
            }
        }
        return Math.max(0, lines - 1);
    }
}
