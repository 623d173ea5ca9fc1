package goodwill.ops.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import goodwill.ops.GoodwillProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A {@code goodwill} command line in a JVM of its own, as a shell starts it, its output in a log file. */
record ChildProcess(Process process, Path log) implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(120);

    /** Starts {@code goodwill <arguments>} with these environment variables, and waits until {@code ready} holds. */
    static ChildProcess start(Path log, Map<String, String> environment, BooleanSupplier ready, String... arguments)
            throws IOException {
        Process process = GoodwillProcess.start(log, environment, List.of(arguments));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
            assertThat(process.isAlive()).as(() -> arguments[0] + " is running; its log ends:\n" + tail(log)).isTrue();
            return ready.getAsBoolean();
        });
        return new ChildProcess(process, log);
    }

    /** SIGTERM, and waits for the process to end. */
    void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    /** The last lines of the log: the test's directory is gone once it failed. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
