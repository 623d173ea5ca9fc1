package goodwill.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerEvent;
import goodwill.ops.bench.BenchReport.Rate;
import goodwill.storage.LedgerHistory;
import goodwill.storage.MongoEventStorageEngine;
import goodwill.storage.crypto.SealingSerializer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What sealing personal data costs, in one run on one scratch app: favors with a note appended straight to the event
 * store, a commit each, by the app's store (the note sealed with its subject's data key) and by a store on the same
 * database that writes them in clear; then each ledger's history read back and deserialized, opened or not; then, on
 * a scratch app of its own each, a store of either kind replayed by a tracking processor that counts. Each
 * measurement is made twice, the two ways in turn, so that neither has the warmer machine.
 */
final class SealingCostBenchmark {

    private static final Instant START = Instant.parse("2020-01-01T09:00:00Z");
    private static final int SUBJECTS = 50;

    private final BenchSettings settings;

    SealingCostBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    BenchReport run() throws Exception {
        BenchReport report = ScratchApp.run(settings.dataDirectory(), machine -> new BenchReport(String.format(
                "%s; %d favors with a note appended sealed and %d in clear, from %d clients, then read back, each "
                + "twice; then a store of %d of either kind replayed by a tracking processor, on a scratch app each, "
                + "twice",
                machine, settings.events(), settings.events(), settings.clients(), settings.events() / 2)),
                this::measure);
        AtomicLong favors = new AtomicLong();
        for (int round = 1; round <= 2; round++) {
            Rate sealed = replayed(true, favors, round);
            Rate inClear = replayed(false, favors, round);
            report.add("full replay of a tracking processor, every note sealed (round " + round + ")", sealed, inClear);
            report.add("full replay of a tracking processor, every note in clear (round " + round + ")", inClear,
                       null);
        }
        return report;
    }

    /** A scratch app's store of favors with a note, sealed or in clear, replayed by the bench's counting processor. */
    private Rate replayed(boolean sealed, AtomicLong favors, int round) throws Exception {
        Rate[] replay = new Rate[1];
        ScratchApp.run(null, BenchReport::new, (app, mongo, unused) -> {
            MongoEventStorageEngine store = sealed ? app.getBean(MongoEventStorageEngine.class) : inClear(app, mongo);
            appends(sealed ? "sealed" : "clear", store, favors, round);
            QuerySideBenchmark.awaitProcessors(ScratchApp.client(app), List.of(), false, "Every processor catching up");
            replay[0] = Benchmark.replay(app, store.headPosition(), () -> { });
        });
        return replay[0];
    }

    /** A store on the app's database that writes events in clear, as before sealing. */
    private static MongoEventStorageEngine inClear(ConfigurableApplicationContext app, MongoDatabase mongo) {
        JacksonSerializer json = app.getBean(JacksonSerializer.class);
        return MongoEventStorageEngine.builder()
                                      .database(mongo)
                                      .json(json.getObjectMapper())
                                      .eventSerializer(json)
                                      .snapshotSerializer(json)
                                      .ledgerIdOf(message -> ((LedgerEvent) message.getPayload()).ledgerId())
                                      .build();
    }

    private void measure(ConfigurableApplicationContext app, MongoDatabase mongo, BenchReport report) throws Exception {
        MongoEventStorageEngine sealing = app.getBean(MongoEventStorageEngine.class);
        JacksonSerializer json = app.getBean(JacksonSerializer.class);
        MongoEventStorageEngine clear = inClear(app, mongo);
        LedgerHistory history = app.getBean(LedgerHistory.class);
        SealingSerializer opening = app.getBean(SealingSerializer.class);
        AtomicLong favors = new AtomicLong();
        for (int round = 1; round <= 2; round++) {
            Rate sealed = appends("sealed", sealing, favors, round);
            Rate inClear = appends("clear", clear, favors, round);
            report.add("appends of favors with a note, sealed, " + settings.clients() + " clients (round " + round + ")",
                       sealed, inClear);
            report.add("appends of favors with a note, in clear, " + settings.clients() + " clients (round " + round
                       + ")", inClear, null);
        }
        for (int round = 1; round <= 2; round++) {
            Rate opened = read("sealed", history, opening, json);
            Rate asStored = read("clear", history, json, json);
            report.add("history read back and deserialized, sealed notes opened (round " + round + ")", opened,
                       asStored);
            report.add("history read back and deserialized, notes in clear (round " + round + ")", asStored, null);
        }
        report.note("the limit beside a sealed figure is the same work in clear, measured right after it: the ratio is "
                    + "what sealing leaves of it");
    }

    private Rate appends(String way, MongoEventStorageEngine store, AtomicLong favors, int round) throws Exception {
        String ledgerId = "bench-" + way;
        return Benchmark.timed("appends, " + way, settings.events() / 2, "events",
                               "Appending favors " + way + ", round " + round, settings.clients(), i -> {
                    long n = favors.incrementAndGet();
                    String subject = "contact-" + (n % SUBJECTS);
                    FavorRecorded favor = new FavorRecorded(ledgerId, "favor-" + n, "me", subject,
                                                            FavorKind.values()[(int) (n % FavorKind.values().length)],
                                                            1 + (int) (n % 5), n % 3 == 0, START.plusSeconds(600 * n),
                                                            null, null, "bench favor " + n + " for " + subject, subject);
                    store.appendEvents(List.of(new GenericDomainEventMessage<>("Favor", ledgerId + ":favor:" + n, 0,
                                                                               favor)));
                });
    }

    private static Rate read(String way, LedgerHistory history, Serializer serializer, JacksonSerializer json) {
        long start = System.nanoTime();
        long count = history.each("bench-" + way, event -> serializer.deserialize(new SimpleSerializedObject<>(
                json.getObjectMapper().convertValue(event.payload(), JsonNode.class), JsonNode.class,
                new SimpleSerializedType(FavorRecorded.class.getName(), event.revision()))));
        return new Rate("one ledger's history, " + way, count, System.nanoTime() - start, "events");
    }
}
