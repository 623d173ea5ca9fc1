package goodwill.ops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.storage.StorageCollections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * What authentication and the access checks cost a request: favors through HTTP from several clients with a
 * personal access token, beside the same on an app whose API is outside the security chain altogether (the bench's
 * own {@link WithoutSecurity}, never part of the app), each run twice, in turn, each on a scratch app of its own and
 * beside that app's raw inserts.
 */
final class SecurityCostBenchmark {

    private static final int ROUNDS = 2;

    private final BenchSettings settings;

    SecurityCostBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    /** The API outside Spring Security: no authentication, no membership check; events say "anonymous". */
    @Configuration(proxyBeanMethods = false)
    static class WithoutSecurity {
        @Bean
        WebSecurityCustomizer apiOutsideTheSecurityChain() {
            return web -> web.ignoring().requestMatchers("/api/**");
        }
    }

    BenchReport run() throws Exception {
        BenchReport report = null;
        for (int round = 1; round <= ROUNDS; round++) {
            for (boolean secured : List.of(true, false)) {
                String what = String.format("favors through HTTP, %d clients, %s (round %d)", settings.clients(),
                                            secured ? "with a token (security chain, token and membership looked up)"
                                                    : "outside the security chain", round);
                BenchReport into = report;
                report = ScratchApp.run(null, secured ? List.of() : List.of(WithoutSecurity.class),
                                        machine -> into != null ? into : new BenchReport(String.format(
                                                "%s; %d favors through HTTP from %d clients per run, %d raw inserts beside each",
                                                machine, settings.httpFavors(), settings.clients(), settings.rawInserts())),
                                        (app, mongo, same) -> measure(app.getBean(CommandGateway.class), mongo,
                                                                      new BenchClient(ScratchApp.port(app),
                                                                                      ScratchApp.token(app)),
                                                                      what, same));
            }
        }
        return report;
    }

    private void measure(CommandGateway commands, MongoDatabase mongo, BenchClient http, String what, BenchReport report)
            throws Exception {
        FavorWorkload workload = new FavorWorkload(commands);
        workload.prepare();
        BenchReport.Rate favors = Benchmark.timed(what, settings.httpFavors(), "favors", "Recording favors through HTTP",
                                                settings.clients(), i -> http.recordFavor(
                                                        FavorWorkload.LEDGER, workload.favorJson("http-favor-" + i, i)));
        MongoCollection<Document> raw = mongo.getCollection("bench_raw");
        Document sample = mongo.getCollection(StorageCollections.EVENTS).find().skip(10).first();
        AtomicLong ids = new AtomicLong();
        BenchReport.Rate inserts = Benchmark.timed("raw inserts, " + settings.clients() + " clients", settings.rawInserts(),
                                                 "docs", "Raw inserts", settings.clients(),
                                                 i -> raw.insertOne(new Document(sample).append("_id", ids.incrementAndGet())));
        raw.drop();
        report.add(what, favors, inserts);
    }
}
