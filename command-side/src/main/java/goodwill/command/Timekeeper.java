package goodwill.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The command side's sense of time: what an omitted {@code occurredAt} defaults to, and the times a ledger records.
 * An {@code occurredAt} lies from {@link #EARLIEST} to now (plus the tolerance), a due date from the
 * {@linkplain #EARLIEST earliest day} to {@link #DUE_WITHIN} ahead: every time recorded is then one that each read
 * model, report and codec handles (the history is immutable, so a time none of them can handle would stay in it for
 * good). Aggregates receive it as a handler parameter, so a test can fix the time.
 *
 * @param tolerance how far past now a client's {@code occurredAt} may lie (clocks are never exactly in step)
 */
public record Timekeeper(Clock clock, Duration tolerance) {

    /** The earliest time anything recorded may have occurred, and the earliest due date. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** How far ahead of today a commitment may be due. */
    public static final Period DUE_WITHIN = Period.ofYears(10);

    public Instant now() {
        return clock.instant();
    }

    /** The given time, unless it lies before {@link #EARLIEST} or further in the future than the tolerance allows. */
    public Instant recordable(String field, Instant occurredAt) {
        if (occurredAt.isBefore(EARLIEST)) {
            throw CommandRefusedException.tooEarly(field, occurredAt, EARLIEST);
        }
        if (occurredAt.isAfter(now().plus(tolerance))) {
            throw CommandRefusedException.inTheFuture(field, occurredAt);
        }
        return occurredAt;
    }

    /** The given time, as {@link #recordable} lets it be, or now when none is given. */
    public Instant recordableOrNow(String field, Instant occurredAt) {
        return occurredAt == null ? now() : recordable(field, occurredAt);
    }

    /**
     * The given time of a follow-up (an answer, an outcome, …), as {@link #recordable} lets it be, unless it lies
     * before what it follows.
     *
     * @param what what it follows, in words, such as "the introduction"
     */
    public Instant recordableAfter(String field, Instant occurredAt, String what, Instant since) {
        recordable(field, occurredAt);
        if (occurredAt.isBefore(since)) {
            throw CommandRefusedException.outOfOrder(field, occurredAt, what, since);
        }
        return occurredAt;
    }

    /** The given due date, unless it lies before the earliest day or more than {@link #DUE_WITHIN} ahead of today. */
    public LocalDate due(String field, LocalDate dueOn) {
        LocalDate earliest = LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC);
        LocalDate latest = LocalDate.ofInstant(now(), ZoneOffset.UTC).plus(DUE_WITHIN);
        if (dueOn.isBefore(earliest) || dueOn.isAfter(latest)) {
            throw CommandRefusedException.outOfRange(field, dueOn, earliest, latest);
        }
        return dueOn;
    }
}
