package goodwill.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged append survives {@code kill -9} of the process that made it: the embedded server commits
 * a journaled write to its file before answering, and a command's append is acknowledged after the journaled
 * write that closes the command's commit.
 */
class CrashDurabilityTest {

    @Test
    void everyAcknowledgedAppendSurvivesKillMinus9() throws Exception {
        acknowledgedAppendsSurviveKillMinus9("append");
    }

    @Test
    void everyAcknowledgedAppendOfACommandSurvivesKillMinus9() throws Exception {
        acknowledgedAppendsSurviveKillMinus9("command");
    }

    private static void acknowledgedAppendsSurviveKillMinus9(String mode) throws Exception {
        Path data = TemporaryData.directory("goodwill-crash-");
        String databaseName = "crash";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process appender = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                                              CrashingAppender.class.getName(), data.toString(), databaseName, mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastAcknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(appender.getInputStream(),
                                                                           StandardCharsets.UTF_8))) {
            String line;
            while (lastAcknowledged < 300 && (line = out.readLine()) != null) {
                if (line.startsWith("acknowledged ")) {
                    lastAcknowledged = Long.parseLong(line.substring("acknowledged ".length()));
                }
            }
            appender.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
            assertThat(appender.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAcknowledged).as("acknowledged appends before the kill").isGreaterThanOrEqualTo(300);

        try (TestDatabase reopened = TestDatabase.open(data, databaseName)) {
            MongoEventStorageEngine engine = reopened.eventStore(builder -> builder);
            List<Long> sequences = engine.readEvents("crash").asStream()
                                         .map(DomainEventMessage::getSequenceNumber).toList();
            assertThat(sequences.size()).isGreaterThan((int) lastAcknowledged);
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).isEqualTo(i);
            }
        }
        assertThat(new File(data.toFile(), EmbeddedMongo.FILE_NAME)).exists();
    }
}
