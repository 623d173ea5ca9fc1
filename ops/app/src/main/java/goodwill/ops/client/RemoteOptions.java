package goodwill.ops.client;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where a running Goodwill answers and the token to ask it with: the options of every command that talks to one. */
public class RemoteOptions {

    @Option(names = "--url", defaultValue = "http://localhost:8080",
            description = "Where Goodwill answers (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--token", defaultValue = "${env:GOODWILL_TOKEN}",
            description = "A personal access token (default: the GOODWILL_TOKEN variable): a READ one exports; "
                          + "importing and restoring take a WRITE one.")
    String token;

    /** The server, or none (after saying why) when no token is given. */
    public Optional<Remote> remote(PrintWriter said) {
        return Remote.at(url, token, said);
    }
}
