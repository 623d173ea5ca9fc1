package goodwill.ops.bench;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.access.Memberships;
import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import goodwill.events.MemberAdded;
import goodwill.ops.bench.BenchReport.Latencies;
import goodwill.ops.bench.BenchReport.Rate;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import goodwill.query.ReadModelCollections;
import goodwill.storage.MongoEventStorageEngine;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The query side under load: the sample network recorded once through the app, then cloned into more ledgers
 * straight into the event store until the history is large; a replay of every read model at once beside the
 * raw scan of the same events; query latencies across the ledgers; and how long a favor takes to show in a
 * balance under a steady write load.
 */
final class QuerySideBenchmark {

    /**
     * The queries timed, {@code {l}} a ledger and {@code {c}} a contact of it. A path this build does not serve
     * (a read model not merged yet) is skipped with a note, so a new read model's query is timed by adding it here.
     */
    static final List<String> QUERY_PATHS = List.of(
            "/api/ledgers/{l}/reciprocity",
            "/api/ledgers/{l}/reciprocity/{c}",
            "/api/ledgers/{l}/advocates",
            "/api/ledgers/{l}/depth",
            "/api/ledgers/{l}/introductions");

    private static final String OCCURRED_AT = "2025-06-01T10:00:00Z";

    private final QuerySideSettings settings;

    QuerySideBenchmark(QuerySideSettings settings) {
        this.settings = settings;
    }

    BenchReport run() throws Exception {
        return ScratchApp.run(settings.dataDirectory(), machine -> new BenchReport(machine + "; query side"), this::measure);
    }

    private void measure(ConfigurableApplicationContext app, MongoDatabase mongo, BenchReport report) throws Exception {
        BenchClient http = ScratchApp.client(app);
        DemoLoader.Loaded demo = app.getBean(DemoLoader.class).load(SampleNetwork.standard());
        awaitProcessors(http, List.of(), false, "Projecting the demo ledger");
        List<TrackingEventProcessor> tracking = ScratchApp.trackingProcessors(app);
        tracking.forEach(TrackingEventProcessor::shutDown);

        MongoEventStorageEngine store = app.getBean(MongoEventStorageEngine.class);
        List<String> ledgers = cloneDemoLedger(store, app.getBean(JacksonSerializer.class).getObjectMapper(),
                                               app.getBean(Memberships.class));
        long events = store.headPosition();
        List<String> readModels = tracking.stream().map(TrackingEventProcessor::getName)
                                          .filter(name -> !name.equals(ReplayCounter.PROCESSING_GROUP)).sorted().toList();
        report.note(String.format(Locale.ROOT, "history: %,d events in %d ledgers (the sample network 'demo', %d commands "
                + "recorded through the command bus, cloned into %d more straight into the event store); "
                + "read models replayed: %s", events, ledgers.size(), demo.commands(), ledgers.size() - 1,
                String.join(", ", readModels)));

        Rate scan = Benchmark.rawScan(mongo);
        long replayNanos = replay(http, readModels, events);
        long counterNanos = replay(http, List.of(ReplayCounter.PROCESSING_GROUP), events);
        report.add("full replay of all " + readModels.size() + " read models at once, events/s per read model",
                   new Rate("every read model from the tail, wall time", events, replayNanos, "events"), scan);
        report.add("the same replay, events handled/s by all read models together",
                   new Rate(readModels.size() + " read models × " + events, events * readModels.size(), replayNanos,
                            "events"), scan);
        report.add("replay of a tracking processor that only counts (Axon's own cost)",
                   new Rate("counting processor from the tail", events, counterNanos, "events"), scan);
        for (String readModel : readModels) {
            long alone = replay(http, List.of(readModel), events);
            report.add("replay of " + readModel + " alone",
                       new Rate(readModel + " from the tail", events, alone, "events"), scan);
        }
        report.add("raw scan of the events collection, sorted by position", scan, null);

        List<String> contacts = liveContacts(http, demo.meId());
        queryLatencies(http, mongo, ledgers, contacts, report);
        lag(http, demo.meId(), contacts, report);
    }

    /**
     * Copies every event of the demo ledger into new ledgers {@code demo-1}, {@code demo-2}, … until the store
     * holds at least the events asked for: the same payloads and aggregate sequence numbers under the new
     * ledger id (in the payload and the aggregate identifier's {@code <ledgerId>:} prefix), new event ids.
     * Appended in batches straight into the event store: the command bus records a few hundred events a second. The
     * memberships, which the recording node keeps in the unit of work of each command, are kept here as each clone's
     * membership events say, so that the bench's caller may read the clones.
     */
    private List<String> cloneDemoLedger(MongoEventStorageEngine store, ObjectMapper json, Memberships memberships) {
        List<DomainEventMessage<?>> history = demoHistory(store);
        long missing = Math.max(0, settings.events() - store.headPosition());
        int copies = (int) ((missing + history.size() - 1) / history.size());
        List<String> ledgers = new ArrayList<>(List.of(SampleNetwork.LEDGER_ID));
        long events = (long) copies * history.size();
        try (BatchAppender appender = new BatchAppender(store, "Cloning the demo ledger", events)) {
            for (int copy = 1; copy <= copies; copy++) {
                String ledgerId = SampleNetwork.LEDGER_ID + "-" + copy;
                ledgers.add(ledgerId);
                for (DomainEventMessage<?> event : history) {
                    DomainEventMessage<?> clone = cloned(event, ledgerId, json);
                    appender.append(clone);
                    if (clone.getPayload() instanceof MemberAdded added) {
                        memberships.added(added, (String) clone.getMetaData().get(EventMetaData.RECORDED_BY));
                    }
                }
            }
        }
        return ledgers;
    }

    /** The demo ledger's events as the event store holds them, in the order they were recorded. */
    static List<DomainEventMessage<?>> demoHistory(MongoEventStorageEngine store) {
        List<DomainEventMessage<?>> history = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> stream = store.readEvents(null, false)) {
            stream.forEach(event -> {
                if (event instanceof DomainEventMessage<?> domain && event.getPayload() instanceof LedgerEvent ledgerEvent
                        && ledgerEvent.ledgerId().equals(SampleNetwork.LEDGER_ID)) {
                    history.add(domain);
                }
            });
        }
        return history;
    }

    private static DomainEventMessage<?> cloned(DomainEventMessage<?> event, String ledgerId, ObjectMapper json) {
        ObjectNode payload = json.valueToTree(event.getPayload());
        payload.put("ledgerId", ledgerId);
        Object clonedPayload = json.convertValue(payload, event.getPayloadType());
        String aggregate = event.getAggregateIdentifier();
        String clonedAggregate = aggregate.equals(SampleNetwork.LEDGER_ID) ? ledgerId
                : ledgerId + aggregate.substring(SampleNetwork.LEDGER_ID.length());
        return new GenericDomainEventMessage<>(event.getType(), clonedAggregate, event.getSequenceNumber(), clonedPayload,
                                               event.getMetaData(), UUID.randomUUID().toString(), event.getTimestamp());
    }

    /** Replays the processors through the admin API, all at once, and times them until every one is back at the head. */
    private static long replay(BenchClient http, List<String> processors, long events) throws InterruptedException {
        long start = System.nanoTime();
        for (String processor : processors) {
            http.post("/api/admin/processors/" + processor + "/replay", 202);
        }
        awaitProcessors(http, processors, true, "Replaying " + String.join(", ", processors));
        return System.nanoTime() - start;
    }

    /**
     * Waits until each of the processors (every tracking one if none is named) is running at the head and, if
     * {@code replayed}, has finished its replay, showing their summed progress.
     */
    static void awaitProcessors(BenchClient http, List<String> names, boolean replayed, String task)
            throws InterruptedException {
        try (ProgressBar progress = new ProgressBar(task, 100)) {
            while (true) {
                boolean done = true;
                long positions = 0;
                long heads = 0;
                for (JsonNode processor : http.getJson("/api/admin/processors")) {
                    if (!processor.path("tracking").asBoolean()
                            || !names.isEmpty() && !names.contains(processor.path("name").asText())) {
                        continue;
                    }
                    done &= processor.path("status").asText().equals("RUNNING") && processor.path("behind").asLong(-1) == 0
                            && (!replayed || processor.path("replay").path("progressPercent").asInt() == 100);
                    positions += processor.path("position").asLong(0);
                    heads += processor.path("head").asLong(0);
                }
                progress.stepTo(heads == 0 ? 0 : Math.min(100, positions * 100 / heads));
                if (done) {
                    progress.stepTo(100);
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    /** The demo ledger's live contacts but me; the cloned ledgers have the same. */
    private static List<String> liveContacts(BenchClient http, String meId) {
        List<String> contacts = new ArrayList<>();
        http.getJson("/api/ledgers/" + SampleNetwork.LEDGER_ID + "/contacts").path("contacts").forEach(contact -> {
            String id = contact.path("contactId").asText();
            if (!id.equals(meId)) {
                contacts.add(id);
            }
        });
        if (contacts.isEmpty()) {
            throw new IllegalStateException("The demo ledger lists no contacts");
        }
        return contacts;
    }

    /**
     * Each query path, from one client, a ledger and a contact picked at random each time; beside it the floor
     * any query pays: one document found by {@code _id} through the driver, on the same server.
     */
    private void queryLatencies(BenchClient http, MongoDatabase mongo, List<String> ledgers, List<String> contacts,
                                BenchReport report) {
        Random random = new Random(42);
        MongoCollection<Document> balances = mongo.getCollection(ReadModelCollections.RECIPROCITY_BALANCES);
        long[] raw = new long[settings.queries()];
        for (int i = 0; i < raw.length; i++) {
            String id = ledgers.get(random.nextInt(ledgers.size())) + ":" + contacts.get(random.nextInt(contacts.size()));
            long start = System.nanoTime();
            if (balances.find(eq("_id", id)).first() == null) {
                throw new IllegalStateException("No balance " + id);
            }
            raw[i] = System.nanoTime() - start;
        }
        Latencies floor = new Latencies("driver find by _id, " + ReadModelCollections.RECIPROCITY_BALANCES, raw);
        for (String path : QUERY_PATHS) {
            String demoPath = path.replace("{l}", SampleNetwork.LEDGER_ID).replace("{c}", contacts.get(0));
            HttpResponse<String> probe = http.get(demoPath);
            String code = probe.statusCode() == 200 ? "" : BenchClient.json(probe).path("code").asText();
            if (code.equals("not-found") || code.equals("method-not-allowed")) {
                report.note("not served by this build, so not timed: GET " + path + " (" + code + ")");
                continue;
            }
            long[] nanos = new long[settings.queries()];
            try (ProgressBar progress = new ProgressBar("GET " + path, nanos.length)) {
                for (int i = 0; i < nanos.length; i++) {
                    String concrete = path.replace("{l}", ledgers.get(random.nextInt(ledgers.size())))
                                          .replace("{c}", contacts.get(random.nextInt(contacts.size())));
                    long start = System.nanoTime();
                    http.getJson(concrete);
                    nanos[i] = System.nanoTime() - start;
                    progress.step();
                }
            }
            report.add("GET " + path + " across " + ledgers.size() + " ledgers, 1 client",
                       new Latencies("GETs", nanos), floor);
        }
    }

    private record Recorded(String contactId, int visibleAtCount, long acknowledgedAt) {
    }

    /**
     * Favors from me to the demo ledger's contacts in turn, at a fixed rate through HTTP; each one's lag is the
     * time from its 201 to the first read of its balance that counts it (an upper bound: it includes that read).
     */
    private void lag(BenchClient http, String meId, List<String> contacts, BenchReport report) throws Exception {
        int total = settings.lagRate() * settings.lagSeconds();
        Map<String, Integer> counted = new HashMap<>();
        for (String contact : contacts) {
            counted.put(contact, givenCount(http, contact));
        }
        Map<String, Integer> sentTo = new HashMap<>();
        ConcurrentLinkedQueue<Recorded> pending = new ConcurrentLinkedQueue<>();
        long[] posts = new long[total];
        long[] lags = new long[total];
        AtomicInteger visible = new AtomicInteger();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try (ProgressBar progress = new ProgressBar(String.format(Locale.ROOT, "Favors at %d/s, lag", settings.lagRate()), total)) {
            Thread observer = new Thread(() -> {
                while (visible.get() < total && failed.get() == null && !Thread.currentThread().isInterrupted()) {
                    for (String contact : pending.stream().map(Recorded::contactId).distinct().toList()) {
                        int count = givenCount(http, contact);
                        long now = System.nanoTime();
                        pending.removeIf(favor -> {
                            if (favor.contactId().equals(contact) && favor.visibleAtCount() <= count) {
                                lags[visible.getAndIncrement()] = now - favor.acknowledgedAt();
                                progress.step();
                                return true;
                            }
                            return false;
                        });
                    }
                    Thread.onSpinWait();
                }
            }, "bench-lag-observer");
            observer.start();
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / settings.lagRate();
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                String contact = contacts.get(i % contacts.size());
                int visibleAt = counted.get(contact) + sentTo.merge(contact, 1, Integer::sum);
                String body = String.format(Locale.ROOT, """
                        {"favorId": "bench-lag-%d", "giverId": "%s", "receiverId": "%s", "kind": "ADVICE", "weight": 2,
                         "asked": true, "occurredAt": "%s"}""", i, meId, contact, OCCURRED_AT);
                int n = i;
                senders.submit(() -> {
                    try {
                        long sent = System.nanoTime();
                        http.recordFavor(SampleNetwork.LEDGER_ID, body);
                        long acknowledged = System.nanoTime();
                        posts[n] = acknowledged - sent;
                        pending.add(new Recorded(contact, visibleAt, acknowledged));
                    } catch (RuntimeException e) {
                        failed.compareAndSet(null, e);
                    }
                });
            }
            observer.join(TimeUnit.MINUTES.toMillis(5));
            observer.interrupt();
        } finally {
            senders.shutdown();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        if (visible.get() < total) {
            throw new IllegalStateException(visible.get() + " of " + total + " favors showed in their balance");
        }
        report.add(String.format(Locale.ROOT, "projection lag: a favor's 201 until GET …/reciprocity/{c} counts it, "
                                 + "%d favors/s for %d s", settings.lagRate(), settings.lagSeconds()),
                   new Latencies("favors", lags), null);
        report.add("POST /api/ledgers/{l}/favors meanwhile", new Latencies("favors", posts), null);
    }

    private static int givenCount(BenchClient http, String contact) {
        return http.getJson("/api/ledgers/" + SampleNetwork.LEDGER_ID + "/reciprocity/" + contact)
                   .path("given").path("count").asInt();
    }
}
