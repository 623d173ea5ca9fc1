package goodwill.query.advocacy;

import java.time.Instant;

/** One contact's place in the advocate ranking on {@code asOf}, with the events behind it; an {@link AdvocateDetailView}. */
public record FindAdvocate(String ledgerId, String contactId, Instant asOf) {
}
