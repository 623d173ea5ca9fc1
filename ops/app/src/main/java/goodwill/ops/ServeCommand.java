package goodwill.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Runs the single-node app until stopped; any other argument is handed to Spring Boot. */
@Command(name = "serve",
         description = {"Runs both sides in one process on http://localhost:8080 (PORT or --server.port to change).",
                        "Data: the embedded database under ./data (--goodwill.mongodb.data-directory=DIR),",
                        "or the MongoDB at MONGODB_URI."})
class ServeCommand implements Callable<Integer> {

    /** The exit code that tells main the app is up and the process must stay alive. */
    static final int SERVING = Integer.MIN_VALUE;

    @Unmatched
    private List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        GoodwillApp.serve(springArguments.toArray(String[]::new));
        return SERVING;
    }
}
