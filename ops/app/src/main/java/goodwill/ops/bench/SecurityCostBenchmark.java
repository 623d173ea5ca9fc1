package goodwill.ops.bench;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * What authentication and the access checks cost a request: favors through HTTP from several clients with a
 * personal access token, beside the same on an app whose API is outside the security chain altogether (the bench's
 * own {@link WithoutSecurity}, never part of the app), each run twice, in the order with, without, without, with,
 * each on a scratch app of its own, after a quarter as many favors again to warm it up, and beside that app's raw
 * inserts.
 */
final class SecurityCostBenchmark {

    private static final int ROUNDS = 2;

    private final BenchSettings settings;

    SecurityCostBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    /**
     * The API outside Spring Security: no authentication, no membership check; events say "anonymous". Deliberately
     * not annotated, so that the app's component scan never finds it: only this benchmark's scratch apps get it.
     */
    static class WithoutSecurity {
        @Bean
        WebSecurityCustomizer apiOutsideTheSecurityChain() {
            return web -> web.ignoring().requestMatchers("/api/**");
        }
    }

    BenchReport run() throws Exception {
        // The first scratch app of a JVM is the slowest, whatever it runs: one runs first, measured but not compared.
        BenchReport report = ScratchApp.run(null, List.of(), machine -> new BenchReport(String.format(
                "%s; %d favors through HTTP from %d clients per run, after a quarter as many to warm up, %d raw inserts "
                        + "beside each", machine, settings.httpFavors(), settings.clients(), settings.rawInserts())),
                (app, mongo, first) -> measure(app.getBean(CommandGateway.class), mongo,
                                               ScratchApp.client(app),
                                               "the JVM's first scratch app, with a token (not compared)", first));
        for (int round = 1; round <= ROUNDS; round++) {
            // In turn, the other first each round: the later runs of one JVM are the warmer ones.
            for (boolean secured : round % 2 == 1 ? List.of(true, false) : List.of(false, true)) {
                String what = String.format("favors through HTTP, %d clients, %s (round %d)", settings.clients(),
                                            secured ? "with a token (security chain, token and membership looked up)"
                                                    : "outside the security chain", round);
                ScratchApp.run(null, secured ? List.of() : List.of(WithoutSecurity.class), machine -> report,
                               (app, mongo, same) -> measure(app.getBean(CommandGateway.class), mongo,
                                                             ScratchApp.client(app),
                                                             what, same));
            }
        }
        return report;
    }

    private void measure(CommandGateway commands, MongoDatabase mongo, BenchClient http, String what, BenchReport report)
            throws Exception {
        FavorWorkload workload = new FavorWorkload(commands);
        workload.prepare();
        int warmUp = settings.httpFavors() / 4;
        Benchmark.timed("warm-up", warmUp, "favors", "Warming up through HTTP", settings.clients(),
                        i -> http.recordFavor(FavorWorkload.LEDGER, workload.favorJson("warm-up-" + i, i)));
        BenchReport.Rate favors = Benchmark.timed(what, settings.httpFavors(), "favors", "Recording favors through HTTP",
                                                settings.clients(), i -> http.recordFavor(
                                                        FavorWorkload.LEDGER, workload.favorJson("http-favor-" + i, i)));
        BenchReport.Rate inserts = Benchmark.rawInserts(mongo, settings.rawInserts(), settings.clients());
        report.add(what, favors, inserts);
    }
}
