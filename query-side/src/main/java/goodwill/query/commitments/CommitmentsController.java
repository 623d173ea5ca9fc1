package goodwill.query.commitments;

import goodwill.query.ReadModel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commitments as JSON, or with {@code Accept: text/csv} the commitments as CSV. Overdue is judged against
 * today in UTC by the application's {@link Clock} bean when there is exactly one, the system clock otherwise.
 */
@RestController
@ReadModel(CommitmentsProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/commitments")
class CommitmentsController {

    private final CommitmentsQueries queries;
    private final Clock clock;

    CommitmentsController(CommitmentsQueries queries, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The commitments of the ledger, either way, with their status and due day, filtered by status and person. */
    @GetMapping
    CommitmentsView commitments(@PathVariable String ledgerId,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String person) {
        StatusFilter filter = status == null || status.isBlank() ? null : StatusFilter.parse(status);
        String personId = person == null || person.isBlank() ? null : person;
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return queries.answer(new FindCommitments(ledgerId, filter, personId, today));
    }
}
