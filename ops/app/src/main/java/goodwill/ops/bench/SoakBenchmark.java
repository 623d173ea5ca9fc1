package goodwill.ops.bench;

import com.mongodb.client.MongoDatabase;
import goodwill.storage.MongoConnection;
import goodwill.storage.StoreStatistics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A steady write load for a long time: favors through the command bus from one client at a fixed rate, the
 * embedded store's file sampled each minute, so that growth without bound shows as a column that keeps rising
 * while the live data does not explain it.
 */
final class SoakBenchmark {

    private static final Duration SAMPLE_EVERY = Duration.ofMinutes(1);

    private final int minutes;
    private final int rate;
    private final Path dataDirectory;

    SoakBenchmark(int minutes, int rate, Path dataDirectory) {
        this.minutes = minutes;
        this.rate = rate;
        this.dataDirectory = dataDirectory;
    }

    BenchReport run() throws Exception {
        return ScratchApp.run(dataDirectory, machine -> new BenchReport(String.format(
                "%s; soak: favors through the command bus from 1 client at %d/s for %d min", machine, rate, minutes)),
                              this::measure);
    }

    private void measure(ConfigurableApplicationContext app, MongoDatabase mongo, BenchReport report) {
        FavorWorkload workload = new FavorWorkload(app.getBean(CommandGateway.class));
        workload.prepare();
        MongoConnection connection = app.getBean(MongoConnection.class);
        StringBuilder samples = new StringBuilder(
                "| minute | favors recorded | behind schedule (favors) | data file (MiB) | file in chunks | chunks live |\n"
                + "|---|---|---|---|---|---|");
        long start = System.nanoTime();
        long nanosPerFavor = 1_000_000_000L / rate;
        long nextSample = start + SAMPLE_EVERY.toNanos();
        int minute = 0;
        int recorded = 0;
        long end = start + Duration.ofMinutes(minutes).toNanos();
        while (System.nanoTime() < end) {
            long due = start + recorded * nanosPerFavor;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            workload.recordFavor(recorded++);
            if (System.nanoTime() >= nextSample) {
                long behind = (System.nanoTime() - start) / nanosPerFavor - recorded;
                String row = row(++minute, recorded, Math.max(0, behind), connection.embeddedStatistics());
                System.err.println(row);
                samples.append('\n').append(row);
                nextSample += SAMPLE_EVERY.toNanos();
            }
        }
        report.note(samples.toString());
        ScratchApp.LiveDocuments live = ScratchApp.LiveDocuments.in(mongo);
        report.note(String.format(Locale.ROOT, "%,d favors in %d min; live documents at the end: %,d, %.1f MiB of BSON",
                                  recorded, minutes, live.count(), live.mebibytes()));
    }

    private static String row(int minute, int recorded, long behind, Optional<StoreStatistics> store) {
        return store.map(statistics -> String.format(Locale.ROOT, "| %d | %,d | %,d | %,d | %d%% | %d%% |", minute,
                                                     recorded, behind, statistics.fileBytes() >> 20,
                                                     statistics.fileFillPercent(), statistics.chunkFillPercent()))
                    .orElse(String.format(Locale.ROOT, "| %d | %,d | %,d | — | — | — |", minute, recorded, behind));
    }
}
