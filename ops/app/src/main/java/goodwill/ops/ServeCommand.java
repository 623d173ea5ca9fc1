package goodwill.ops;

import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Runs the single-node app until stopped; any other argument is handed to Spring Boot. */
@Command(name = "serve",
         description = {"Runs both sides (or one: --side) in one process on http://localhost:8080 (PORT or",
                        "--server.port to change).",
                        "Data: the embedded database under ./data (--goodwill.mongodb.data-directory=DIR),",
                        "or the MongoDB at MONGODB_URI."})
class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The exit code that tells main the app is up and the process must stay alive. */
    static final int SERVING = Integer.MIN_VALUE;

    @Option(names = "--demo",
            description = "Once the app is up, load the demo ledger 'demo' (a sample network; loading it again records nothing new).")
    private boolean demo;

    @Option(names = "--side", defaultValue = "both",
            description = {"Which side to serve: both (default), command (recording endpoints, no read model) or",
                           "query (read models, queries, pages; no recording), for several processes on one database."})
    private String side;

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        GoodwillApp.Side serving;
        try {
            serving = GoodwillApp.Side.valueOf(side.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                                         "--side must be both, command or query, not '" + side + "'");
        }
        if (demo && serving == GoodwillApp.Side.QUERY) {
            throw new ParameterException(spec.commandLine(), "--demo records a ledger: it needs the command side");
        }
        var app = GoodwillApp.serve(serving, springArguments.toArray(String[]::new));
        if (demo) {
            DemoLoader.Loaded loaded = app.getBean(DemoLoader.class).load(SampleNetwork.standard());
            LoggerFactory.getLogger(ServeCommand.class).info(
                    "Demo ledger '{}' loaded ({} commands in {} s): open http://localhost:{}/timeline.html?ledger={} "
                            + "or GET /api/ledgers/{}/advocates",
                    SampleNetwork.LEDGER_ID, loaded.commands(), loaded.took().toSeconds(),
                    app.getEnvironment().getProperty("local.server.port"), SampleNetwork.LEDGER_ID,
                    SampleNetwork.LEDGER_ID);
        }
        return SERVING;
    }
}
