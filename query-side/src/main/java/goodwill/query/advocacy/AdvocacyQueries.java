package goodwill.query.advocacy;

import static com.mongodb.client.model.Filters.eq;

import goodwill.query.LedgerDocuments;
import goodwill.query.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Answers advocacy queries from the stored facts, scored by the {@linkplain AdvocacyFormula#current() running
 * formula} on the day asked, as far as the projection has caught up. A ledger whose facts another version selected
 * is answered all the same, with a notice to replay.
 */
@Component
class AdvocacyQueries {

    private final AdvocacyStore store;
    private final AdvocacyFormula formula = AdvocacyFormula.current();

    AdvocacyQueries(AdvocacyStore store) {
        this.store = store;
    }

    AdvocatesView answer(FindAdvocates query) {
        AdvocacyLedger ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        return AdvocatesView.ranked(formula, ledger, contacts(query.ledgerId()), query.asOf(), query.tier(),
                                    query.offset(), query.limit());
    }

    /**
     * Me is not ranked; a merged contact is not either, and is answered 404 {@code merged-contact} naming the
     * survivor, whose entry holds its facts.
     */
    AdvocateDetailView answer(FindAdvocate query) {
        AdvocacyLedger ledger = LedgerDocuments.require(store.ledgers, query.ledgerId());
        if (query.contactId().equals(ledger.meId())) {
            throw new NotFoundException("not-ranked", "'" + query.contactId()
                    + "' is the owner of ledger '" + query.ledgerId() + "', who is not ranked among their own advocates.");
        }
        if (ledger.isMerged(query.contactId())) {
            throw new NotFoundException("merged-contact", "'" + query.contactId() + "' was merged into '"
                    + ledger.survivorOf(query.contactId()) + "', whose entry counts what they did.");
        }
        List<Score> ranking = ranking(ledger, query.ledgerId(), query.asOf());
        for (int i = 0; i < ranking.size(); i++) {
            Score score = ranking.get(i);
            if (score.contactId().equals(query.contactId())) {
                return new AdvocateDetailView(ledger.ledgerId(), query.asOf(), formula.parameters(),
                                              AdvocatesView.notice(formula, ledger),
                                              AdvocateView.of(i + 1, score),
                                              score.facts().stream().map(EventView::of).toList());
            }
        }
        throw NotFoundException.unknownContact(query.ledgerId(), query.contactId());
    }

    private List<Score> ranking(AdvocacyLedger ledger, String ledgerId, Instant asOf) {
        return formula.rank(ledger, contacts(ledgerId), asOf);
    }

    /** A scan of the collection on the embedded server, an index walk on real MongoDB; fine at a ledger's size. */
    private List<ContactFacts> contacts(String ledgerId) {
        List<ContactFacts> contacts = new ArrayList<>();
        for (StoredAdvocate stored : store.contacts.find(eq("ledgerId", ledgerId))) {
            contacts.add(stored.contact());
        }
        return contacts;
    }
}
