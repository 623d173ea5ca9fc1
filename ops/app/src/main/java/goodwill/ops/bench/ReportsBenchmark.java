package goodwill.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.mongodb.client.MongoDatabase;
import goodwill.access.Memberships;
import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.ops.bench.BenchReport.Latencies;
import goodwill.ops.bench.BenchReport.Rate;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import goodwill.query.reports.AsOf;
import goodwill.query.reports.AsOfReport;
import goodwill.query.reports.Basis;
import goodwill.query.reports.RecordedEvent;
import goodwill.storage.MongoEventStorageEngine;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Retrospective reports on one large ledger: the sample network recorded once through the app, then its history
 * repeated into one ledger ({@value #LEDGER}) until it holds the events asked for, each repetition with fresh ids
 * (but the same me) and its times moved one span further into the past; then each report timed over HTTP beside
 * reading that ledger's events from the event store, and beside the raw scan of the events collection.
 */
final class ReportsBenchmark {

    static final String LEDGER = "big";
    private static final String HISTORY = "ledger-history";

    private static final int RUNS = 5;

    private final QuerySideSettings settings;

    ReportsBenchmark(QuerySideSettings settings) {
        this.settings = settings;
    }

    BenchReport run() throws Exception {
        return ScratchApp.run(settings.dataDirectory(), machine -> new BenchReport(machine + "; reports"), this::measure);
    }

    private void measure(ConfigurableApplicationContext app, MongoDatabase mongo, BenchReport report) throws Exception {
        BenchClient http = ScratchApp.client(app);
        DemoLoader.Loaded demo = app.getBean(DemoLoader.class).load(SampleNetwork.standard());
        ScratchApp.trackingProcessors(app).stream().filter(processor -> !processor.getName().equals(HISTORY))
           .forEach(TrackingEventProcessor::shutDown); // the reports read the ledger history alone
        MongoEventStorageEngine store = app.getBean(MongoEventStorageEngine.class);
        long keeping = System.nanoTime();
        int events = repeatDemoLedger(store, app.getBean(JacksonSerializer.class).getObjectMapper(), demo.meId(),
                                      settings.events(), app.getBean(Memberships.class));
        QuerySideBenchmark.awaitProcessors(http, List.of(HISTORY), false, "Keeping the ledger history");
        report.add("the ledger history read model keeping up with the appends, then catching up",
                   new Rate("from the first append to the head", events, System.nanoTime() - keeping, "events"), null);
        report.note(String.format(Locale.ROOT, "history: ledger '%s' of %,d events (the sample network's %d commands "
                + "recorded through the command bus, its events repeated with fresh ids and earlier times); %,d events "
                + "in the store", LEDGER, events, demo.commands(), store.headPosition()));

        Rate scan = Benchmark.rawScan(mongo);
        long[] reads = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int read = ledgerEvents(store).size();
            reads[i] = System.nanoTime() - start;
            if (read != events) {
                throw new IllegalStateException("Read " + read + " of " + events + " events");
            }
        }
        Latencies reading = new Latencies("MongoEventStorageEngine.readEvents, " + RUNS + " runs", reads);
        report.add("reading the ledger's " + String.format(Locale.ROOT, "%,d", events) + " events from the event store "
                   + "(every event read in order, upcast and deserialized, the ledger's kept)", reading, null);
        report.add("raw scan of the events collection, sorted by position", scan, null);
        long[] folds = new long[RUNS];
        Instant date = Instant.parse("2025-01-01T23:59:59.999999999Z");
        List<RecordedEvent> history = ledgerEvents(store).stream()
                .map(message -> new RecordedEvent((LedgerEvent) message.getPayload(), message.getIdentifier(),
                                                  message.getTimestamp(), null))
                .toList();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            AsOfReport.of(LEDGER, demo.meId(), AsOf.slice(history, date, Basis.OCCURRED), date, Basis.OCCURRED);
            folds[i] = System.nanoTime() - start;
        }
        report.add("the as-of report on the occurred basis folded in memory from the events read (no I/O, no JSON)",
                   new Latencies("AsOf.slice + AsOfReport.of, " + RUNS + " runs", folds), reading);
        for (String path : List.of("/reports/as-of?date=2025-01-01&basis=occurred",
                                   "/reports/as-of?date=2025-01-01&basis=recorded",
                                   "/reports/as-of",
                                   "/reports/compare?from=2024-01-01&to=2025-01-01",
                                   "/reports/returns")) {
            long[] nanos = new long[RUNS];
            int bytes = 0;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> answer = http.get("/api/ledgers/" + LEDGER + path);
                nanos[i] = System.nanoTime() - start;
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
                }
                bytes = answer.body().length();
            }
            report.add("GET …" + path + " on " + String.format(Locale.ROOT, "%,d events, %,d characters of JSON", events, bytes),
                       new Latencies("GETs", nanos), reading);
        }
    }

    /**
     * Appends repetitions of the demo ledger's history as one ledger until it holds the events asked for. Its
     * memberships, which the recording node keeps in the unit of work of each command, are kept here as its
     * membership events say, so that the bench's caller may read the ledger.
     */
    static int repeatDemoLedger(MongoEventStorageEngine store, ObjectMapper json, String meId, int events,
                                Memberships memberships) {
        List<DomainEventMessage<?>> history = QuerySideBenchmark.demoHistory(store);
        Duration span = Duration.ofDays(SampleNetwork.SPAN_DAYS + 1);
        long copies = (events + history.size() - 2) / (history.size() - 1);
        int total = 0;
        try (BatchAppender appender = new BatchAppender(store, "Repeating the demo ledger as '" + LEDGER + "'",
                                                        events)) {
            for (int copy = 0; total < events; copy++) {
                for (DomainEventMessage<?> event : history) {
                    if (copy > 0 && event.getPayload() instanceof LedgerOpened) {
                        continue;
                    }
                    // The ledger is opened before the earliest repetition was recorded, as in a real history.
                    Duration back = event.getPayload() instanceof LedgerOpened ? span.multipliedBy(copies)
                            : span.multipliedBy(copy);
                    DomainEventMessage<?> repetition = repeated(event, copy, back, meId, json);
                    appender.append(repetition);
                    if (copy == 0 && repetition.getPayload() instanceof MemberAdded added) {
                        memberships.added(added, (String) repetition.getMetaData().get(EventMetaData.RECORDED_BY));
                    }
                    total++;
                }
            }
        }
        return total;
    }

    /**
     * The event in ledger {@value #LEDGER}, repetition {@code copy}: every id but the ledger's and me's with
     * {@code ~copy} added, and every time and day moved {@code back} into the past, its recorded time too.
     */
    private static DomainEventMessage<?> repeated(DomainEventMessage<?> event, int copy, Duration back, String meId,
                                                  ObjectMapper json) {
        ObjectNode payload = json.valueToTree(event.getPayload());
        payload.put("ledgerId", LEDGER);
        for (Iterator<Map.Entry<String, JsonNode>> fields = payload.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("ledgerId") || value.isNull()) {
                continue;
            }
            if (name.endsWith("Id") && value.isTextual()) {
                field.setValue(TextNode.valueOf(renamed(value.asText(), copy, meId)));
            } else if (name.endsWith("Ids") && value.isArray()) {
                ArrayNode ids = json.createArrayNode();
                value.forEach(id -> ids.add(renamed(id.asText(), copy, meId)));
                field.setValue(ids);
            } else if (name.endsWith("At") && value.isTextual()) {
                field.setValue(TextNode.valueOf(Instant.parse(value.asText()).minus(back).toString()));
            } else if (name.endsWith("On") && value.isTextual()) {
                field.setValue(TextNode.valueOf(LocalDate.parse(value.asText()).minusDays(back.toDays()).toString()));
            }
        }
        Object payloadCopy = json.convertValue(payload, event.getPayloadType());
        String aggregate = event.getAggregateIdentifier();
        String rest = aggregate.equals(SampleNetwork.LEDGER_ID) ? "" : aggregate.substring(SampleNetwork.LEDGER_ID.length());
        return new GenericDomainEventMessage<>(event.getType(), LEDGER + rest + (copy == 0 ? "" : "~" + copy),
                                               event.getSequenceNumber(), payloadCopy, event.getMetaData(),
                                               UUID.randomUUID().toString(), event.getTimestamp().minus(back));
    }

    private static String renamed(String id, int copy, String meId) {
        return id.equals(meId) || copy == 0 ? id : id + "~" + copy;
    }

    /** The bench ledger's events as the event store holds them: what a report read without the ledger history. */
    private static List<? extends EventMessage<?>> ledgerEvents(MongoEventStorageEngine store) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            return events.filter(message -> message.getPayload() instanceof LedgerEvent event
                                            && event.ledgerId().equals(LEDGER))
                         .toList();
        }
    }
}
