package goodwill.query.depth;

import goodwill.query.HandledTimes;
import goodwill.query.QueryClock;
import goodwill.query.ReadModel;
import goodwill.query.web.InvalidParameter;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The breadth and depth report as JSON, or with {@code Accept: text/csv} its contacts as CSV. Without
 * {@code asOf} it is read as of now, by the application's {@link Clock} bean when there is exactly one, the
 * system clock otherwise.
 */
@RestController
@ReadModel(DepthProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/depth")
class DepthController {

    private final DepthQueries queries;
    private final QueryClock clock;

    DepthController(DepthQueries queries, QueryClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** A depth in any case, or a 400 {@code invalid-depth}; an ISO-8601 instant, or a 400 {@code invalid-as-of}. */
    @GetMapping
    DepthView depth(@PathVariable String ledgerId,
                    @RequestParam(required = false) String depth,
                    @RequestParam(required = false) String asOf) {
        Depth only = InvalidParameter.choice("depth", depth, Depth.class, null);
        return queries.answer(new FindDepth(ledgerId, instant(asOf), only));
    }

    private Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return clock.now();
        }
        Instant moment = HandledTimes.parse(asOf.trim());
        if (moment != null) {
            return moment;
        }
        throw new InvalidParameter("asOf", "'" + asOf + "' is not an ISO-8601 instant such as 2024-03-01T10:00:00Z, "
                + HandledTimes.IN_WORDS + ".", null);
    }
}
