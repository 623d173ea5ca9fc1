package goodwill.query.introductions;

import goodwill.query.NotFoundException;
import goodwill.query.facts.LedgerFacts;
import org.springframework.stereotype.Component;

/** Answers introduction queries from the read model, as far as the projection has caught up. */
@Component
class IntroductionsQueries {

    private final IntroductionsStore store;

    IntroductionsQueries(IntroductionsStore store) {
        this.store = store;
    }

    IntroductionsView answer(FindIntroductions query) {
        LedgerFacts facts = factsOf(query.ledgerId());
        return new IntroductionsView(facts.ledgerId(), facts.meId(), IntroductionsFold.introductions(
                facts, contact(facts, query.contactId()), contact(facts, query.introducerId()), query.outcome()));
    }

    ConnectorsView answer(FindConnectors query) {
        LedgerFacts facts = factsOf(query.ledgerId());
        return new ConnectorsView(facts.ledgerId(), facts.meId(), IntroductionsFold.connectors(facts));
    }

    MyIntroductionsView answer(FindMyIntroductions query) {
        LedgerFacts facts = factsOf(query.ledgerId());
        return new MyIntroductionsView(facts.ledgerId(), facts.meId(), IntroductionsFold.mine(facts));
    }

    private LedgerFacts factsOf(String ledgerId) {
        return store.facts.load(ledgerId).orElseThrow(() -> NotFoundException.unknownLedger(ledgerId));
    }

    /** The contact as it counts now, or null for no filter; one the ledger does not know is not found. */
    private static String contact(LedgerFacts facts, String contactId) {
        if (contactId == null) {
            return null;
        }
        if (!facts.knows(contactId)) {
            throw NotFoundException.unknownContact(facts.ledgerId(), contactId);
        }
        return facts.survivorOf(contactId);
    }
}
