package goodwill.ops.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * A tracking processor that only counts: its replay speed is the event store's read path plus Axon's own
 * handling (deserialization, units of work, token updates), with no projection work on top.
 * Registered only in the bench's application context.
 */
@ProcessingGroup(ReplayCounter.PROCESSING_GROUP)
class ReplayCounter {

    static final String PROCESSING_GROUP = "bench-replay";

    private final AtomicLong handled = new AtomicLong();

    @EventHandler
    void on(Object event) {
        handled.incrementAndGet();
    }

    long handled() {
        return handled.get();
    }

    void reset() {
        handled.set(0);
    }
}
