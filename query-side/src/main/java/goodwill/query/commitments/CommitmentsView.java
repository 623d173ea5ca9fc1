package goodwill.query.commitments;

import goodwill.query.web.CsvRows;
import java.util.List;

/**
 * A ledger's commitments, by due day (those without one last), then when made; and the kept rate of me and of
 * everyone who made one. As CSV ({@code Accept: text/csv}), the commitments alone: one row per commitment.
 */
public record CommitmentsView(String ledgerId, String meId, List<CommitmentView> commitments,
                              List<KeptRate> keptRates) implements CsvRows {

    @Override
    public Table<CommitmentView> csvTable() {
        return new Table<>(commitments, CommitmentView.class);
    }
}
