package goodwill.query;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every {@link QuerySideTest} starts from: a ledger of its own (the test classes share one application and
 * database), the beans it records, waits and asks through, and, when the class gives one, the moment every request
 * of its tests is answered for. The moments below are the ones several of their histories are told in.
 */
public abstract class EndToEndTest {

    /** When a test's ledger is opened. */
    protected static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    protected static final Instant FEBRUARY = Instant.parse("2024-02-01T10:00:00Z");
    protected static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    protected static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");

    @Autowired
    protected TestClock clock;
    @Autowired
    protected ReadModelTesting readModels;
    @Autowired
    protected QueryApi api;

    protected final String ledgerId = "l-" + UUID.randomUUID();

    private final Instant now;

    /** Requests are answered for the system's now, unless a test {@linkplain TestClock#set sets} the clock. */
    protected EndToEndTest() {
        this(null);
    }

    /** Every request of every test of the class is answered for {@code now}. */
    protected EndToEndTest(Instant now) {
        this.now = now;
    }

    @BeforeEach
    void answerForNow() {
        if (now != null) {
            clock.set(now);
        }
    }

    /** The path of something of the test's ledger: {@code /api/ledgers/{ledgerId}} and then {@code rest}. */
    protected String ledgerPath(String rest) {
        return "/api/ledgers/" + ledgerId + rest;
    }
}
