package goodwill.query.commitments;

import static com.mongodb.client.model.Filters.eq;

import goodwill.query.LedgerDocuments;
import goodwill.query.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Answers commitment queries from the read model, as far as the projection has caught up. */
@Component
class CommitmentsQueries {

    static final Comparator<CommitmentRecord> BY_DUE_DAY = Comparator
            .comparing(CommitmentRecord::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(CommitmentRecord::madeAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CommitmentRecord::commitmentId);

    private final CommitmentsStore store;

    CommitmentsQueries(CommitmentsStore store) {
        this.store = store;
    }

    /** A scan of the collection on the embedded server, an index walk on real MongoDB; fine at a ledger's size. */
    CommitmentsView answer(FindCommitments query) {
        CommitmentsLedger ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        String personId = null;
        if (query.personId() != null) {
            if (!ledger.knows(query.personId())) {
                throw NotFoundException.unknownContact(query.ledgerId(), query.personId());
            }
            personId = ledger.survivorOf(query.personId());
        }
        List<CommitmentRecord> all = new ArrayList<>();
        for (StoredCommitment stored : store.commitments.find(eq("ledgerId", query.ledgerId()))) {
            CommitmentRecord commitment = CommitmentsFold.asCountedNow(stored.commitment(), ledger);
            if (personId == null || personId.equals(commitment.promiserId()) || personId.equals(commitment.promiseeId())) {
                all.add(commitment);
            }
        }
        all.sort(BY_DUE_DAY);
        List<CommitmentView> listed = new ArrayList<>();
        for (CommitmentRecord commitment : all) {
            if (query.status() == null || query.status().admits(commitment, query.today())) {
                listed.add(CommitmentView.of(commitment, query.today()));
            }
        }
        List<KeptRate> keptRates = CommitmentsFold.keptRates(all, ledger.meId());
        if (personId != null) {
            String only = personId;
            keptRates = keptRates.stream().filter(rate -> rate.personId().equals(only)).toList();
            if (keptRates.isEmpty()) {
                keptRates = List.of(new KeptRate(only, 0, 0, 0, 0, null));
            }
        }
        return new CommitmentsView(ledger.ledgerId(), ledger.meId(), listed, keptRates);
    }
}
