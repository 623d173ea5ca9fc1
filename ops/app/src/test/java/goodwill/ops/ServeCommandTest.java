package goodwill.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code goodwill serve}'s own options, refused in words before anything starts. */
class ServeCommandTest {

    private final StringWriter said = new StringWriter();

    @Test
    void aSideThatIsNoneOfTheThreeIsRefusedNamingThem() {
        assertThat(CommandLines.run(new ServeCommand(), said, "--side=sideways")).isEqualTo(2);
        assertThat(said.toString()).contains("--side must be both, command or query, not 'sideways'");
    }

    @Test
    void theDemoIsRefusedOnTheQuerySideWhichRecordsNothing() {
        assertThat(CommandLines.run(new ServeCommand(), said, "--side=query", "--demo")).isEqualTo(2);
        assertThat(said.toString()).contains("--demo records a ledger: it needs the command side");
    }
}
