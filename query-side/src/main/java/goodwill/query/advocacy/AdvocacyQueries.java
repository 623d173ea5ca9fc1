package goodwill.query.advocacy;

import static com.mongodb.client.model.Filters.eq;

import goodwill.query.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
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

    @QueryHandler
    AdvocatesView handle(FindAdvocates query) {
        AdvocacyLedger ledger = requireLedger(query.ledgerId());
        List<Score> ranking = ranking(ledger, query.ledgerId(), query.asOf());
        List<AdvocateView> listed = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            if (query.tier() == null || ranking.get(i).tier() == query.tier()) {
                listed.add(AdvocateView.of(i + 1, ranking.get(i)));
            }
        }
        int from = Math.min(query.offset(), listed.size());
        int to = (int) Math.min((long) from + query.limit(), listed.size());
        return new AdvocatesView(ledger.ledgerId(), query.asOf(), formula.parameters(), notice(ledger), listed.size(),
                                 query.offset(), query.limit(), listed.subList(from, to));
    }

    /**
     * Me is not ranked; a merged contact is not either, and is answered 404 {@code merged-contact} naming the
     * survivor, whose entry holds its facts.
     */
    @QueryHandler
    AdvocateDetailView handle(FindAdvocate query) {
        AdvocacyLedger ledger = requireLedger(query.ledgerId());
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
                return new AdvocateDetailView(ledger.ledgerId(), query.asOf(), formula.parameters(), notice(ledger),
                                              AdvocateView.of(i + 1, score),
                                              score.facts().stream().map(EventView::of).toList());
            }
        }
        throw NotFoundException.unknownContact(query.ledgerId(), query.contactId());
    }

    /** A scan of the collection on the embedded server, an index walk on real MongoDB; fine at a ledger's size. */
    private List<Score> ranking(AdvocacyLedger ledger, String ledgerId, Instant asOf) {
        List<ContactFacts> contacts = new ArrayList<>();
        for (StoredAdvocate stored : store.contacts.find(eq("ledgerId", ledgerId))) {
            contacts.add(stored.contact());
        }
        return formula.rank(ledger, contacts, asOf);
    }

    private String notice(AdvocacyLedger ledger) {
        int running = formula.parameters().version();
        if (ledger.version() == running) {
            return null;
        }
        return "The facts of this ledger were selected by advocacy formula version " + ledger.version()
                + ", the ranking is computed with version " + running + ": replay the 'advocacy' processor "
                + "(POST /api/admin/processors/advocacy/replay) to re-rank all history with it.";
    }

    private AdvocacyLedger requireLedger(String ledgerId) {
        AdvocacyLedger ledger = store.ledgers.find(eq("_id", ledgerId)).first();
        if (ledger == null) {
            throw NotFoundException.unknownLedger(ledgerId);
        }
        return ledger;
    }
}
