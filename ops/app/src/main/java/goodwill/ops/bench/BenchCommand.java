package goodwill.ops.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code goodwill bench}: the store's limits beside what Goodwill achieves on them, on a scratch database. */
@Command(name = "bench", mixinStandardHelpOptions = true,
         description = {"Measures, against one database server: raw driver inserts/s and a raw scan of the events",
                        "collection (the limits), beside event-store appends/s through the command bus, favors/s",
                        "recorded through HTTP (the app's web server on a random loopback port) and a full replay",
                        "of a tracking processor (events/s), with the ratios.",
                        "Runs on a scratch embedded database (deleted afterwards), or on a scratch database at",
                        "MONGODB_URI (dropped afterwards); never on your data."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "100000", description = "Favors to record, then replay; with --query-side the events to clone the sample network up to (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--http-favors", defaultValue = "2000",
            description = "Favors to record through HTTP (POST /api/ledgers/{l}/favors) after those (default: ${DEFAULT-VALUE}).")
    int httpFavors;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients sending commands or inserts (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--raw-inserts", defaultValue = "10000", description = "Documents for the raw insert measurement (default: ${DEFAULT-VALUE}).")
    int rawInserts;

    @Option(names = "--query-side",
            description = {"Measure the query side instead: the sample network cloned to at least --events events, a replay",
                           "of every read model at once beside the raw scan, query latencies and the projection lag."})
    boolean querySide;

    @Option(names = "--reports",
            description = {"Measure the retrospective reports instead: one ledger of at least --events events (the sample",
                           "network repeated with fresh ids and earlier times), each report timed over HTTP."})
    boolean reports;

    @Option(names = "--queries", defaultValue = "3000", description = "With --query-side: GETs per query path (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--lag-rate", defaultValue = "20", description = "With --query-side: favors/s of the steady write load (default: ${DEFAULT-VALUE}).")
    int lagRate;

    @Option(names = "--lag-seconds", defaultValue = "60", description = "With --query-side: how long the write load lasts (default: ${DEFAULT-VALUE}).")
    int lagSeconds;

    @Option(names = "--soak-minutes",
            description = {"Run a soak instead: favors through the command bus from one client at --soak-rate for this",
                           "many minutes, the embedded store's file sampled each minute."})
    Integer soakMinutes;

    @Option(names = "--soak-rate", defaultValue = "20", description = "With --soak-minutes: favors/s (default: ${DEFAULT-VALUE}).")
    int soakRate;

    @Option(names = "--security-cost",
            description = {"Measure what authentication costs instead: --http-favors favors through HTTP from --clients",
                           "clients with a personal access token, and the same with the API outside the security chain,",
                           "twice each in turn, each on a scratch app of its own beside its raw inserts."})
    boolean securityCost;

    @Option(names = "--sealing-cost",
            description = {"Instead: what sealing personal data costs: --events favors with a note appended sealed and",
                           "as many in clear, from --clients clients, then read back, then replayed, each twice,",
                           "in turn."})
    boolean sealingCost;

    @Option(names = "--forgetting-cost",
            description = {"Instead: what forgetting a person costs: one ledger of at least --events events, every",
                           "read model caught up, one person forgotten under a light load; until every read model has",
                           "applied it and the store's file is rewritten, with the load's latencies beside before."})
    boolean forgettingCost;

    @Option(names = "--cluster",
            description = {"Instead: scale-out on this machine. A goodwill db and Goodwill processes as JVMs of their",
                           "own: --http-favors favors from --clients clients to one process serving both sides, to",
                           "one command-side process, to two; every read model replayed by one query-side process,",
                           "then by two sharing the segments."})
    boolean cluster;

    @Option(names = "--import-rows",
            description = "Instead: a LinkedIn Connections.csv of this many made-up rows imported through HTTP, twice.")
    Integer importRows;

    @Option(names = "--data-directory", description = "Where the scratch embedded database goes (default: a temporary directory).")
    Path dataDirectory;

    @Override
    public Integer call() throws Exception {
        QuerySideSettings querySettings = new QuerySideSettings(events, queries, lagRate, lagSeconds, dataDirectory);
        BenchSettings settings = new BenchSettings(events, httpFavors, clients, rawInserts, dataDirectory);
        BenchReport report = importRows != null ? new ImportBenchmark(settings, importRows).run()
                : cluster ? new ClusterBenchmark(settings).run()
                : securityCost ? new SecurityCostBenchmark(settings).run()
                : sealingCost ? new SealingCostBenchmark(settings).run()
                : forgettingCost ? new ForgettingCostBenchmark(querySettings).run()
                : soakMinutes != null ? new SoakBenchmark(soakMinutes, soakRate, dataDirectory).run()
                : reports ? new ReportsBenchmark(querySettings).run()
                : querySide
                ? new QuerySideBenchmark(querySettings).run()
                : new Benchmark(settings).run();
        System.out.println();
        System.out.println(report.table());
        return 0;
    }
}
