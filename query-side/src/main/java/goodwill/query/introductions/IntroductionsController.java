package goodwill.query.introductions;

import goodwill.events.IntroductionOutcome;
import goodwill.query.ReadModel;
import goodwill.query.web.InvalidParameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Introductions, connectors and my own introductions as JSON, or with {@code Accept: text/csv} as CSV. */
@RestController
@ReadModel(IntroductionsProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/introductions")
class IntroductionsController {

    private final IntroductionsQueries queries;

    IntroductionsController(IntroductionsQueries queries) {
        this.queries = queries;
    }

    /** A blank filter is no filter; an outcome in any case, anything else a 400 {@code invalid-outcome}. */
    @GetMapping
    IntroductionsView introductions(@PathVariable String ledgerId,
                                    @RequestParam(required = false) String contact,
                                    @RequestParam(required = false) String introducer,
                                    @RequestParam(required = false) String outcome) {
        IntroductionOutcome had = InvalidParameter.choice("outcome", outcome, IntroductionOutcome.class, null);
        return queries.answer(new FindIntroductions(ledgerId, InvalidParameter.filter(contact),
                                                    InvalidParameter.filter(introducer), had));
    }

    /** Everyone who made introductions in the ledger, by how many led somewhere, then by rate. */
    @GetMapping("/connectors")
    ConnectorsView connectors(@PathVariable String ledgerId) {
        return queries.answer(new FindConnectors(ledgerId));
    }

    /** The introductions me made, and how each turned out. */
    @GetMapping("/mine")
    MyIntroductionsView mine(@PathVariable String ledgerId) {
        return queries.answer(new FindMyIntroductions(ledgerId));
    }
}
