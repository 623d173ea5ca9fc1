package goodwill.query.advocacy;

import goodwill.query.QueryClock;
import goodwill.query.ReadModel;
import goodwill.query.web.InvalidParameter;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The advocate ranking as JSON, or with {@code Accept: text/csv} as CSV. Scores decay with time, so they are computed
 * for the moment asked, by the application's {@link Clock} bean when there is exactly one, the system clock otherwise;
 * the answer says which moment ({@code asOf}). Parameters are read here, so that a bad one is a 400 naming it.
 */
@RestController
@ReadModel(AdvocacyProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/advocates")
class AdvocacyController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    private final AdvocacyQueries queries;
    private final QueryClock clock;

    AdvocacyController(AdvocacyQueries queries, QueryClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The advocate ranking at the moment asked: every contact scored by what they did for me, highest first, in tiers
     * (advocate, ally, acquaintance, dormant), paged.
     */
    @GetMapping
    AdvocatesView advocates(@PathVariable String ledgerId,
                            @RequestParam(required = false) String tier,
                            @RequestParam(required = false) String offset,
                            @RequestParam(required = false) String limit) {
        FindAdvocates query = new FindAdvocates(
                ledgerId, tier(tier), InvalidParameter.wholeNumber("offset", offset, 0, Integer.MAX_VALUE, 0),
                InvalidParameter.wholeNumber("limit", limit, 1, MAX_LIMIT, DEFAULT_LIMIT), clock.now());
        return queries.answer(query);
    }

    /** One contact's advocacy score and what it is made of. */
    @GetMapping("/{contactId}")
    AdvocateDetailView advocate(@PathVariable String ledgerId, @PathVariable String contactId) {
        return queries.answer(new FindAdvocate(ledgerId, contactId, clock.now()));
    }

    /** The tier named, in any case; none (or blank) for every tier. */
    private static Tier tier(String tier) {
        return InvalidParameter.choice("tier", tier, Tier.class, null);
    }
}
