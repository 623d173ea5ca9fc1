package goodwill.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The moment the query side answers for, and notes a replay's start by: the application's {@link Clock} bean when
 * there is exactly one (a test's, a demo's), the system clock in UTC otherwise. Answers that change with time (scores
 * that decay, ages, overdue, "as of now") are computed for it, so a fixed clock fixes them. No {@code Clock} bean is
 * defined here, so that an application embedding the query side can give its own.
 */
@Component
public final class QueryClock {

    private final Clock clock;

    QueryClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in UTC, the day that overdue is judged against. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
