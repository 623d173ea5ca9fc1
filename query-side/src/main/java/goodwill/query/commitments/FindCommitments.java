package goodwill.query.commitments;

import java.time.LocalDate;

/**
 * A ledger's commitments and kept rates; answered with a {@link CommitmentsView}.
 *
 * @param status   only commitments passing this filter, or null for all; kept rates are never filtered by it
 * @param personId only commitments this person (or one merged into them) made or received, and only their kept
 *                 rate; or null for everyone
 * @param today    the day a commitment is overdue against, in UTC
 */
public record FindCommitments(String ledgerId, StatusFilter status, String personId, LocalDate today) {
}
