package goodwill.ops.backup;

import goodwill.ops.client.Remote;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code goodwill backup FILE}: the whole embedded database (every ledger, the accounts, the read models) in one file,
 * taken while Goodwill is stopped; {@code goodwill restore FILE} brings it back into an empty data directory. Exit
 * codes: 0 done, 1 the store could not be read (in use, or none), 2 usage.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
         description = {"Writes the whole embedded database to a file (gzipped MongoDB Extended JSON), while Goodwill "
                        + "is stopped; 'goodwill restore FILE' brings it back into an empty data directory.",
                        "With MONGODB_URI (a real MongoDB), use mongodump and mongorestore instead."})
public class BackupCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The backup file to write (it holds the accounts' hashed credentials too: "
                                           + "keep it as you keep the data directory).")
    Path file;

    @Option(names = "--data-directory", defaultValue = "./data",
            description = "The embedded store's directory (default: ${DEFAULT-VALUE}).")
    Path dataDirectory;

    @Option(names = "--database", defaultValue = "goodwill", description = "The database (default: ${DEFAULT-VALUE}).")
    String database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter said = spec.commandLine().getErr();
        if (System.getenv("MONGODB_URI") != null && !System.getenv("MONGODB_URI").isBlank()) {
            said.println("MONGODB_URI names a real MongoDB: back it up with mongodump --uri \"$MONGODB_URI\", and "
                         + "restore it with mongorestore.");
            return Remote.USAGE;
        }
        try (BackupProgress progress = new BackupProgress("Backing up " + dataDirectory)) {
            Backup.Copied copied = Backup.backup(dataDirectory, database, file, progress);
            progress.close();
            said.println("Backed up " + copied.documents() + " documents of " + copied.collections()
                         + " collections from " + dataDirectory + " to " + file + ".");
            return 0;
        } catch (Backup.Unavailable e) {
            said.println("Not backed up: " + e.getMessage());
            return Remote.REFUSED;
        }
    }
}
