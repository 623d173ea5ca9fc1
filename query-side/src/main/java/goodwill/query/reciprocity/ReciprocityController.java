package goodwill.query.reciprocity;

import goodwill.query.ReadModel;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ReadModel(ReciprocityProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/reciprocity")
class ReciprocityController {

    private final QueryGateway queries;

    ReciprocityController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    LedgerBalancesView balances(@PathVariable String ledgerId) {
        return queries.query(new FindBalances(ledgerId), LedgerBalancesView.class).join();
    }

    @GetMapping("/{contactId}")
    BalanceView balance(@PathVariable String ledgerId, @PathVariable String contactId) {
        return queries.query(new FindBalance(ledgerId, contactId), BalanceView.class).join();
    }
}
