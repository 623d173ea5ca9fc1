package goodwill.query.depth;

import java.time.Instant;

/**
 * One contact's depth as the report lists it, with the figures it was judged by; also one CSV row.
 *
 * @param months   distinct calendar months (UTC) with an interaction
 * @param given    favors I did them, weighted
 * @param received favors they did me, weighted
 * @param firstAt  the first interaction, or null
 * @param lastAt   the last interaction, or null
 */
public record ContactDepth(String contactId,
                           String name,
                           Depth depth,
                           int interactions,
                           int months,
                           double given,
                           double received,
                           Instant firstAt,
                           Instant lastAt,
                           boolean archived) {

    static ContactDepth of(Relationship relationship) {
        return new ContactDepth(relationship.contactId(), relationship.name(), relationship.depth(),
                                relationship.interactions(), relationship.months(), relationship.given(),
                                relationship.received(), relationship.firstAt(), relationship.lastAt(),
                                relationship.archived());
    }
}
