package goodwill.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A subcommand of the jar run as a shell runs it, what it says on standard error kept for the test to read. */
public final class CommandLines {

    private CommandLines() {
    }

    /** Runs the command with the arguments, {@code said} holding what it said (and nothing said before); its exit code. */
    public static int run(Object command, StringWriter said, String... arguments) {
        said.getBuffer().setLength(0);
        CommandLine line = new CommandLine(command);
        line.setErr(new PrintWriter(said, true));
        return line.execute(arguments);
    }
}
