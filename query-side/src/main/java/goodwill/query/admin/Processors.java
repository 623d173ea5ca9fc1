package goodwill.query.admin;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import goodwill.query.NotFoundException;
import goodwill.query.QueryClock;
import goodwill.storage.StorageCollections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The event processors of this node, their status, and their replays.
 * <p>
 * A rebuild is under way while a segment has yet to come back to where it was reset (its token is a
 * {@code ReplayToken}: after a reset, and on the first start of a processor over an existing history, whose
 * initial token Axon makes a replay up to the head) and, for a replay started here, until the processor has
 * come as far as the head was when it began. Looking never changes anything.
 */
@Component
class Processors {

    /** What a client held back by a rebuild is told to wait: about one batch of progress on a large history. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** A segment in error, in words: its exception's own message may name Java types, which no answer does. */
    static final String FAILING = "It failed to handle a batch and retries it; the application's log says why.";

    private final EventProcessingConfiguration processing;
    private final SetAsideEvents setAside;
    private final QueryClock clock;
    private final Map<String, StartedReplay> started = new ConcurrentHashMap<>();
    private final MongoCollection<Document> tokens;
    private final ReplayCoordination coordination;
    private final Duration patience;

    Processors(EventProcessingConfiguration processing, SetAsideEvents setAside, QueryClock clock,
               MongoDatabase database, ReplayCoordination coordination,
               @Value("${goodwill.processors.replay-patience:30s}") Duration patience) {
        this.processing = processing;
        this.setAside = setAside;
        this.clock = clock;
        this.tokens = database.getCollection(StorageCollections.TOKENS);
        this.coordination = coordination;
        this.patience = patience;
    }

    /** Which node holds each segment of the processor, as the token store says (null: none holds it). */
    private Map<Integer, String> owners(String processorName) {
        Map<Integer, String> owners = new TreeMap<>();
        for (Document token : tokens.find(eq("processorName", processorName))) {
            owners.put(((Number) token.get("segment")).intValue(), token.getString("owner"));
        }
        return owners;
    }

    List<ProcessorStatus> all() {
        return new TreeMap<>(processing.eventProcessors()).entrySet().stream()
                                                           .map(named -> statusOf(named.getKey(), named.getValue()))
                                                           .toList();
    }

    ProcessorStatus one(String name) {
        return statusOf(name, processorNamed(name));
    }

    /**
     * Shuts the processor down, resets its tokens (its {@code @ResetHandler}s clear the read model) and starts
     * it, stopped before or not. When other nodes hold segments of it, they are asked to let go first
     * ({@link ReplayCoordination}) and given up to {@code goodwill.processors.replay-patience} (30 s; a dead node's
     * claim lapses after Axon's claim timeout, 10 s); they take part in the replay once it is reset.
     *
     * @throws ReplayRefused when the replay cannot be started; then the processor is as it was
     */
    synchronized ProcessorStatus replay(String name) {
        EventProcessor processor = processorNamed(name);
        if (!(processor instanceof TrackingEventProcessor tracking)) {
            throw new ReplayRefused("not-tracking", "'" + name + "' handles events as they are published and keeps no "
                    + "position in the history; it cannot be replayed.");
        }
        if (!tracking.supportsReset()) {
            throw new ReplayRefused("reset-not-supported", "The handlers of '" + name + "' do not support a reset.");
        }
        Rebuild current = rebuildOf(name, tracking);
        if (current != null && current.underWay()) {
            throw new ReplayRefused("already-replaying", "'" + name + "' is being rebuilt already ("
                    + current.progress().progressPercent() + "% done).");
        }
        boolean wasRunning = tracking.isRunning();
        Long positionBefore = lowestPosition(tracking.processingStatus().values());
        tracking.shutDown();
        StartedReplay replay = new StartedReplay(clock.now(), headOf(tracking), positionBefore, false);
        StartedReplay previous = started.put(name, replay); // held back from here on: the reset clears the read model
        try {
            resetEverywhere(tracking);
        } catch (UnableToClaimTokenException e) {
            throw refused(name, tracking, wasRunning, previous, new ReplayRefused("token-claimed",
                    "A segment of '" + name + "' is claimed by another node that did not let go of it within "
                    + patience.toSeconds() + " s; stop it there, or replay it where it runs."));
        } catch (IllegalStateException e) {
            throw refused(name, tracking, wasRunning, previous, new ReplayRefused("reset-refused",
                    "'" + name + "' could not be reset: " + e.getMessage()));
        }
        tracking.start();
        return statusOf(name, tracking);
    }

    /** Resets the tokens, once the other nodes that hold segments of the processor have let go of them. */
    private void resetEverywhere(TrackingEventProcessor tracking) {
        try {
            tracking.resetTokens();
            return;
        } catch (UnableToClaimTokenException held) {
            coordination.ask(tracking.getName());
        }
        try {
            Instant giveUp = Instant.now().plus(patience);
            while (true) {
                try {
                    tracking.resetTokens();
                    return;
                } catch (UnableToClaimTokenException held) {
                    if (Instant.now().isAfter(giveUp)) {
                        throw held;
                    }
                    pause();
                }
            }
        } finally {
            coordination.done(tracking.getName());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ReplayCoordination.LOOK_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while other nodes let go", e);
        }
    }

    private ReplayRefused refused(String name, TrackingEventProcessor tracking, boolean wasRunning,
                                  StartedReplay previous, ReplayRefused refusal) {
        if (previous == null) {
            started.remove(name);
        } else {
            started.put(name, previous);
        }
        if (wasRunning) {
            tracking.start();
        }
        return refusal;
    }

    /** How far the rebuild of the processor of this processing group has come, if one is under way. */
    Optional<ReplayProgress> rebuilding(String processingGroup) {
        EventProcessor processor = processing.eventProcessorByProcessingGroup(processingGroup).orElseThrow(
                () -> new IllegalStateException("@ReadModel(\"" + processingGroup + "\") names no processing group"));
        if (!(processor instanceof TrackingEventProcessor tracking)) {
            return Optional.empty();
        }
        Rebuild rebuild = rebuildOf(processor.getName(), tracking);
        return rebuild != null && rebuild.underWay() ? Optional.of(rebuild.progress()) : Optional.empty();
    }

    private EventProcessor processorNamed(String name) {
        return processing.eventProcessor(name).orElseThrow(() -> new NotFoundException(
                "unknown-processor", "There is no event processor '" + name + "'."));
    }

    private ProcessorStatus statusOf(String name, EventProcessor processor) {
        if (!(processor instanceof TrackingEventProcessor tracking)) {
            ProcessorState state = processor.isError() ? ProcessorState.ERROR
                    : processor.isRunning() ? ProcessorState.RUNNING : ProcessorState.STOPPED;
            return new ProcessorStatus(name, state, false, null, null, null, null, List.of(), null, null);
        }
        Map<Integer, EventTrackerStatus> claimed = new TreeMap<>(tracking.processingStatus());
        Rebuild rebuild = rebuildOf(name, tracking);
        long head = headOf(tracking);
        Long position = lowestPosition(claimed.values());
        List<SegmentStatus> segments = new ArrayList<>();
        String error = null;
        Map<Integer, String> owners = owners(tracking.getName());
        for (EventTrackerStatus segment : claimed.values()) {
            String segmentError = segment.isErrorState() ? FAILING : null;
            error = error == null ? segmentError : error;
            OptionalLong segmentPosition = positionOf(segment);
            int segmentId = segment.getSegment().getSegmentId();
            segments.add(new SegmentStatus(segmentId, segmentPosition.isPresent() ? segmentPosition.getAsLong() : null,
                                           segment.isCaughtUp(), replaying(segment), segmentError,
                                           owners.get(segmentId), true));
        }
        owners.forEach((segmentId, owner) -> {
            if (!claimed.containsKey(segmentId)) {
                segments.add(new SegmentStatus(segmentId, null, false, false, null, owner, false));
            }
        });
        segments.sort(Comparator.comparingInt(SegmentStatus::segment));
        ProcessorState state;
        if (tracking.isError() || error != null) {
            state = ProcessorState.ERROR;
        } else if (rebuild != null && rebuild.underWay()) {
            state = ProcessorState.REPLAYING;
        } else if (!tracking.isRunning()) {
            state = ProcessorState.STOPPED;
        } else if (claimed.values().stream().anyMatch(segment -> !segment.isCaughtUp())) {
            state = ProcessorState.CATCHING_UP;
        } else {
            state = ProcessorState.RUNNING;
        }
        return new ProcessorStatus(name, state, true, position, head,
                                   position == null ? null : Math.max(0, head - position),
                                   rebuild == null ? null : rebuild.progress(), segments, error,
                                   processing.deadLetterQueue(name).isPresent() ? setAside.count(name) : null);
    }

    /** The rebuild under way, or else the last one this node ran; null if neither. */
    private Rebuild rebuildOf(String name, TrackingEventProcessor tracking) {
        Collection<EventTrackerStatus> segments = tracking.processingStatus().values();
        boolean replaying = segments.stream().anyMatch(Processors::replaying);
        Long position = lowestPosition(segments);
        Long resetPosition = segments.stream().map(EventTrackerStatus::getResetPosition)
                                     .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                                     .max(Comparator.naturalOrder()).orElse(null);
        StartedReplay mine = started.get(name);
        Optional<Instant> elsewhere = coordination.askedElsewhere(name);
        if (elsewhere.isPresent()) { // stopped here meanwhile: the read model is being cleared and rebuilt
            return new Rebuild(true, new ReplayProgress(0, elsewhere.get(), resetPosition));
        }
        OptionalInt others = coordination.replayingElsewhere(name);
        if (others.isPresent() && !replaying) { // the segments here have come back, those elsewhere not yet
            return new Rebuild(true, new ReplayProgress(others.getAsInt(), mine == null ? null : mine.startedAt(),
                                                        mine == null ? resetPosition : mine.resetPosition()));
        }
        if (mine != null && !mine.finished()) {
            boolean done = !segments.isEmpty() && !replaying && (position == null ? mine.target() == 0 : position >= mine.target());
            if (!done) {
                return new Rebuild(true, new ReplayProgress(ReplayProgress.percent(position, mine.target()), mine.startedAt(),
                                                            resetPosition != null ? resetPosition : mine.resetPosition()));
            }
            started.replace(name, mine, mine.done());
            mine = mine.done();
        }
        if (replaying) {
            long target = resetPosition == null ? 0 : resetPosition;
            return new Rebuild(true, new ReplayProgress(ReplayProgress.percent(position, target), null, resetPosition));
        }
        return mine == null ? null : new Rebuild(false, new ReplayProgress(100, mine.startedAt(), mine.resetPosition()));
    }

    /**
     * Whether the segment has yet to come as far as where it was reset. Axon keeps a segment's token a replay
     * token until an event <em>after</em> that position arrives, which on a quiet ledger may be long after
     * the read model is whole again.
     */
    private static boolean replaying(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        return ReplayProgress.behindReset(positionOf(segment), segment.getResetPosition());
    }

    private static long headOf(TrackingEventProcessor tracking) {
        TrackingToken head = tracking.getMessageSource().createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /** The lowest position of the segments; null when there is none, or one has handled no event yet. */
    private static Long lowestPosition(Collection<EventTrackerStatus> segments) {
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments) {
            OptionalLong position = positionOf(segment);
            if (position.isEmpty()) {
                return null;
            }
            lowest = Math.min(lowest, position.getAsLong());
        }
        return segments.isEmpty() ? null : lowest;
    }

    private static OptionalLong positionOf(EventTrackerStatus segment) {
        return segment.getTrackingToken() == null ? OptionalLong.empty() : segment.getCurrentPosition();
    }

    private record Rebuild(boolean underWay, ReplayProgress progress) {
    }

    /** A replay started here: when, towards which head position, from where the processor was. */
    private record StartedReplay(Instant startedAt, long target, Long resetPosition, boolean finished) {

        StartedReplay done() {
            return new StartedReplay(startedAt, target, resetPosition, true);
        }
    }
}
