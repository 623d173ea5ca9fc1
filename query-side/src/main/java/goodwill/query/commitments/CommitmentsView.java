package goodwill.query.commitments;

import java.util.List;

/**
 * A ledger's commitments, by due day (those without one last), then when made; and the kept rate of me and of
 * everyone who made one. As CSV, the commitments alone (see {@link CommitmentsCsv}).
 */
public record CommitmentsView(String ledgerId, String meId, List<CommitmentView> commitments,
                              List<KeptRate> keptRates) {
}
