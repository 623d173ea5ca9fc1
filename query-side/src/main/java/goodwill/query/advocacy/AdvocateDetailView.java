package goodwill.query.advocacy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * One contact's entry of the ranking on {@code asOf}, its fields inline, and the events behind its score, newest
 * first: the answer to "why is she an advocate?".
 */
public record AdvocateDetailView(String ledgerId,
                                 Instant asOf,
                                 AdvocacyFormula.Parameters formula,
                                 String notice,
                                 @JsonUnwrapped AdvocateView advocate,
                                 List<EventView> events) {
}
