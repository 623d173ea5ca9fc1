package goodwill.ops;

import goodwill.ops.bench.BenchCommand;
import goodwill.ops.backup.BackupCommand;
import goodwill.ops.export.ExportCommand;
import goodwill.ops.export.RestoreCommand;
import goodwill.ops.imports.ImportCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the single-node jar. Without a subcommand it serves, so {@code java -jar goodwill.jar}
 * and {@code java -jar goodwill.jar --server.port=9090} start the app.
 */
@Command(name = "goodwill",
         mixinStandardHelpOptions = true,
         versionProvider = GoodwillCommand.Version.class,
         description = "Goodwill: an event-sourced ledger of a professional network.",
         subcommands = {ServeCommand.class, DbCommand.class, BenchCommand.class, ImportCommand.class,
                        ExportCommand.class, RestoreCommand.class, BackupCommand.class, CommandLine.HelpCommand.class})
public class GoodwillCommand {

    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    static int run(String[] args) {
        CommandLine commandLine = new CommandLine(new GoodwillCommand());
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean subcommandGiven = !arguments.isEmpty() && commandLine.getSubcommands().containsKey(arguments.get(0));
        if (!subcommandGiven && (arguments.isEmpty() || !OWN_OPTIONS.contains(arguments.get(0)))) {
            arguments.add(0, "serve");
        }
        return commandLine.execute(arguments.toArray(String[]::new));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GoodwillCommand.class.getPackage().getImplementationVersion();
            return new String[] {"goodwill " + (version == null ? "(development build)" : version)};
        }
    }
}
