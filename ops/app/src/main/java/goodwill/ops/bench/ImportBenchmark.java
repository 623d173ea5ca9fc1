package goodwill.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.storage.EmbeddedMongo;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;

/**
 * An import of LinkedIn connections through HTTP as a user sends it: a made-up {@code Connections.csv} of the rows
 * asked for, posted once into a new ledger (each row checked, then recorded as a contact), and then again (each row
 * checked, nothing recorded), each followed at its location until its report; beside the raw inserts of the same
 * app, and the embedded data file's growth over the first import.
 */
final class ImportBenchmark {

    private static final DateTimeFormatter CONNECTED = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private final BenchSettings settings;
    private final int rows;

    ImportBenchmark(BenchSettings settings, int rows) {
        this.settings = settings;
        this.rows = rows;
    }

    BenchReport run() throws Exception {
        return ScratchApp.run(settings.dataDirectory(), machine -> new BenchReport(String.format(
                "%s; a LinkedIn Connections.csv of %,d rows imported through HTTP twice into a new ledger, %,d raw "
                        + "inserts beside", machine, rows, settings.rawInserts())), (app, mongo, report) -> {
            BenchClient http = ScratchApp.client(app);
            String ledgerId = http.postJson("/api/ledgers", "{\"ownerName\":\"Bench Importer\"}", 201)
                                  .path("ledgerId").asText();
            byte[] file = connections(rows);
            report.note(String.format(Locale.ROOT, "the file: %,d bytes", file.length));
            Path data = Path.of(app.getEnvironment().getRequiredProperty("goodwill.mongodb.data-directory"))
                            .resolve(EmbeddedMongo.FILE_NAME);
            long before = Files.exists(data) ? Files.size(data) : 0;
            BenchReport.Rate first = imported(http, ledgerId, file, "first import, every row added", "add", report);
            long after = Files.exists(data) ? Files.size(data) : 0;
            BenchReport.Rate again = imported(http, ledgerId, file, "the same file again, nothing recorded",
                                              "unchanged", report);
            BenchReport.Rate inserts = Benchmark.rawInserts(mongo, settings.rawInserts(), settings.clients());
            report.add("POST /imports?format=linkedin, " + first.what(), first, inserts);
            report.add("POST /imports?format=linkedin, " + again.what(), again, inserts);
            if (before > 0 || after > 0) {
                report.note(String.format(Locale.ROOT, "embedded data file over the first import: %,d MiB before, "
                                                        + "%,d MiB after (%,d bytes a contact)",
                                          before >> 20, after >> 20, (after - before) / rows));
            }
        });
    }

    /**
     * Posts the file, follows the import until it ends, and times it from the post to its report, which must count
     * every row under {@code expected}.
     */
    private BenchReport.Rate imported(BenchClient http, String ledgerId, byte[] file, String what, String expected,
                                      BenchReport report) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> started = http.postFile("/api/ledgers/" + ledgerId + "/imports?format=linkedin",
                                                     "text/csv", file);
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode view = BenchClient.json(started);
        try (ProgressBar progress = new ProgressBar("Importing: " + what, rows)) {
            while (view.path("state").asText().equals("RUNNING")) {
                progress.setExtraMessage(view.path("phase").asText().toLowerCase(Locale.ROOT));
                progress.maxHint(view.path("progress").path("of").asLong());
                progress.stepTo(view.path("progress").path("done").asLong());
                Thread.sleep(100);
                view = http.getJson(location);
            }
        }
        long nanos = System.nanoTime() - start;
        if (!view.path("state").asText().equals("DONE") || view.path("counts").path(expected).asInt() != rows) {
            throw new IllegalStateException("The import did not end as it should: " + view.path("counts"));
        }
        report.note(what + ": the report's counts " + view.path("counts"));
        return new BenchReport.Rate(what, rows, nanos, "rows");
    }

    /** A LinkedIn export of made-up people, as LinkedIn writes it (preamble, header, a connection a row). */
    static byte[] connections(int rows) throws IOException {
        StringBuilder file = new StringBuilder("\uFEFFNotes:\n\"Made up for the bench: nobody real.\"\n\n"
                                               + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        LocalDate day = LocalDate.of(2012, 1, 1);
        for (int i = 0; i < rows; i++) {
            file.append("Person,").append(String.format(Locale.ROOT, "Number %05d", i))
                .append(",https://www.linkedin.com/in/bench-person-").append(i).append(',')
                .append(i % 3 == 0 ? "person" + i + "@example.org" : "").append(",\"Company ").append(i % 500)
                .append(", Inc.\",Role ").append(i % 40).append(',').append(day.plusDays(i % 5000).format(CONNECTED))
                .append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
