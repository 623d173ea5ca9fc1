package goodwill.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the projections' processors read it: a processor that has caught up waits a moment after the
 * next event arrives before it takes what is there, so that the events recorded meanwhile make one batch with it.
 * <p>
 * A processor at the head otherwise handles each new event alone: its reads, its bulk write and its position
 * update, eight times over (one per read model) beside every command, which left the server little time for the
 * commands themselves. Batched, a read model's work is shared by every event of the batch ({@link BatchedDocuments}).
 * A processor that is behind (a replay, a burst) never waits: its batches are full.
 */
final class LingeringEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How long a processor at the head waits for more events; what a read model lags behind by, at most, for it. */
    static final Duration LINGER = Duration.ofMillis(50);

    /** A batch smaller than this says the processor had caught up. */
    private static final int CAUGHT_UP_BELOW = 64;

    private final StreamableMessageSource<TrackedEventMessage<?>> events;

    LingeringEventSource(StreamableMessageSource<TrackedEventMessage<?>> events) {
        this.events = events;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Lingering(events.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    /**
     * A processor asks for the next event with a timeout when it starts a batch, and without one while it fills
     * it: the events taken since the last such wait tell how full the last batch was.
     */
    private static final class Lingering implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;
        private int takenSinceWait = CAUGHT_UP_BELOW;

        private Lingering(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (timeout <= 0) {
                return stream.hasNextAvailable(timeout, unit);
            }
            boolean caughtUp = takenSinceWait < CAUGHT_UP_BELOW;
            takenSinceWait = 0;
            boolean available = stream.hasNextAvailable(timeout, unit);
            if (available && caughtUp) {
                Thread.sleep(LINGER.toMillis());
            }
            return available;
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            TrackedEventMessage<?> next = stream.nextAvailable();
            takenSinceWait++;
            return next;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
