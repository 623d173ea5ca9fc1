package goodwill.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The command side's sense of now: what an omitted {@code occurredAt} defaults to, and the limit past which
 * an {@code occurredAt} is refused as being in the future. Aggregates receive it as a handler parameter, so
 * a test can fix the time.
 *
 * @param tolerance how far past now a client's {@code occurredAt} may lie (clocks are never exactly in step)
 */
public record Timekeeper(Clock clock, Duration tolerance) {

    public Instant now() {
        return clock.instant();
    }

    /** The given time, unless it lies further in the future than the tolerance allows. */
    public Instant notInFuture(String field, Instant occurredAt) {
        if (occurredAt.isAfter(now().plus(tolerance))) {
            throw CommandRefusedException.inTheFuture(field, occurredAt);
        }
        return occurredAt;
    }
}
