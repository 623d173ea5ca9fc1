package goodwill.query.admin;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import goodwill.storage.StorageCollections;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A replay of a processor whose segments other nodes hold, agreed through the database they share. The node that
 * starts it asks for it in {@value #COLLECTION} (one document per processor: which node asks, since when); every
 * node looks there every {@link #LOOK_EVERY}, stops its own processor of that name while another node asks (so
 * letting go of its segments), and starts it again once the asking node has reset the tokens and taken the
 * request back: then it claims its share of the segments, now replay tokens, and replays them. A request older
 * than {@link #ASKED_AT_MOST} is of a node that died asking, and heeded no longer. Each look also reads the replay
 * tokens of the segments other nodes hold: while any of them replays, so does the read model here, and its queries
 * say so rather than answer from a read model half rebuilt.
 */
@Component
class ReplayCoordination {

    static final String COLLECTION = "processor_replays";
    static final Duration LOOK_EVERY = Duration.ofMillis(500);
    static final Duration ASKED_AT_MOST = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ReplayCoordination.class);

    /** This node as the token store names the owner of a claim (Axon's default node id). */
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final MongoCollection<Document> requests;
    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final EventProcessingConfiguration processing;
    /** The processors this node stopped because another node replays them, to start again after. */
    private final Set<String> stoppedForOthers = ConcurrentHashMap.newKeySet();
    /** The replays other nodes asked for when this node last looked, and since when. */
    private volatile Map<String, Instant> askedElsewhere = Map.of();
    /** The processors that segments held elsewhere (or by none) still replay, each as far as its slowest one. */
    private volatile Map<String, Integer> replayingElsewhere = Map.of();
    private final ScheduledExecutorService looking = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay-coordination");
        thread.setDaemon(true);
        return thread;
    });

    ReplayCoordination(MongoDatabase database, EventProcessingConfiguration processing,
                       JacksonSerializer serializer) {
        this.requests = database.getCollection(COLLECTION);
        this.tokens = database.getCollection(StorageCollections.TOKENS);
        this.processing = processing;
        this.serializer = serializer;
        looking.scheduleWithFixedDelay(this::lookSafely, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(),
                                       TimeUnit.MILLISECONDS);
    }

    /** Asks every other node to let go of the processor until {@link #done}. */
    void ask(String processor) {
        requests.replaceOne(eq("_id", processor),
                            new Document("_id", processor).append("node", node).append("at", new Date()),
                            new ReplaceOptions().upsert(true));
    }

    /** Takes this node's request back: the others start their processor again. */
    void done(String processor) {
        requests.deleteOne(and(eq("_id", processor), eq("node", node)));
    }

    /**
     * When another node asked to replay the processor, if it does, as this node last looked: asked on every query
     * of a read model, so it is not a query of the database.
     */
    Optional<Instant> askedElsewhere(String processor) {
        return Optional.ofNullable(askedElsewhere.get(processor));
    }

    /**
     * How far, in percent, the segments of the processor that other nodes hold (or none does) have come in a replay,
     * the slowest of them; empty when none replays. Asked on every query of a read model: as this node last looked.
     */
    OptionalInt replayingElsewhere(String processor) {
        Integer percent = replayingElsewhere.get(processor);
        return percent == null ? OptionalInt.empty() : OptionalInt.of(percent);
    }

    /** Stops what another node replays, starts again what it has reset; reads how far the others' replays are. */
    void look() {
        Map<String, Instant> asked = new HashMap<>();
        for (Document request : requests.find(and(ne("node", node), fresh()))) {
            asked.put(request.getString("_id"), request.getDate("at").toInstant());
        }
        replayingElsewhere = replaysOfOthers(); // first: no query sees neither the request gone nor the replay
        askedElsewhere = Map.copyOf(asked);
        for (String name : asked.keySet()) {
            processing.eventProcessor(name, TrackingEventProcessor.class).ifPresent(processor -> {
                if (processor.isRunning() && stoppedForOthers.add(name)) {
                    log.info("Letting go of '{}': another node replays it", name);
                    processor.shutDown();
                }
            });
        }
        for (String name : Set.copyOf(stoppedForOthers)) {
            if (!asked.containsKey(name) && stoppedForOthers.remove(name)) {
                log.info("Taking part in '{}' again", name);
                processing.eventProcessor(name, TrackingEventProcessor.class).ifPresent(TrackingEventProcessor::start);
            }
        }
    }

    /** The replay tokens of the segments this node does not hold, read as the token store reads them. */
    private Map<String, Integer> replaysOfOthers() {
        Map<String, Integer> replaying = new HashMap<>();
        for (Document stored : tokens.find(and(ne("owner", node), eq("tokenType", ReplayToken.class.getName())))) {
            Binary data = stored.get("token", Binary.class);
            String processor = stored.getString("processorName");
            TrackingToken token = new GenericTokenEntry<>(
                    data == null ? null : data.getData(), stored.getString("tokenType"),
                    Instant.ofEpochMilli(stored.getLong("timestamp")).toString(), stored.getString("owner"),
                    processor, stored.getInteger("segment"), byte[].class).getToken(serializer);
            if (token instanceof ReplayToken replay) {
                OptionalLong at = replay.getTokenAtReset() == null ? OptionalLong.empty()
                        : replay.getTokenAtReset().position();
                OptionalLong now = replay.getCurrentToken() == null ? OptionalLong.empty()
                        : replay.getCurrentToken().position();
                if (ReplayProgress.behindReset(now, at)) {
                    Long position = now.isEmpty() ? null : now.getAsLong();
                    replaying.merge(processor, ReplayProgress.percent(position, at.orElse(0)), Math::min);
                }
            }
        }
        return Map.copyOf(replaying);
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException e) { // the database away for a moment: look again later
            log.warn("Could not look for replays asked by other nodes: {}", e.getMessage());
        }
    }

    private static org.bson.conversions.Bson fresh() {
        return gt("at", Date.from(Instant.now().minus(ASKED_AT_MOST)));
    }

    @PreDestroy
    void stop() {
        looking.shutdownNow();
    }
}
