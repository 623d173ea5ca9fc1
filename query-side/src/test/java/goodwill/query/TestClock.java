package goodwill.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The application's one {@link Clock} in {@link QuerySideTest}s, and so the {@link QueryClock}'s: the system's, unless
 * a test has {@link #set} the moment its requests are answered for. The query clock keeps the clock it was given, so
 * setting it takes effect at once, without a context of its own; {@link SetBack} returns it to the system's after
 * every test.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    /** From now on, and until the end of the test, every request is answered for this moment. */
    public void set(Instant now) {
        this.now = now;
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock is in UTC, as the application's is");
    }

    /** Sets the clock back to the system's after each test, so that no test runs on another's "now". */
    static final class SetBack implements TestExecutionListener {

        @Override
        public void afterTestMethod(TestContext testContext) {
            testContext.getApplicationContext().getBean(TestClock.class).now = null;
        }
    }
}
