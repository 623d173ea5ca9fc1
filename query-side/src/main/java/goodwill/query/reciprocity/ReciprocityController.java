package goodwill.query.reciprocity;

import goodwill.query.QueryClock;
import goodwill.query.ReadModel;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Balances and the lists derived from them, as JSON, or with {@code Accept: text/csv} one row per contact. Ages
 * and overdue are computed for the moment of the request, by the application's {@link Clock} bean when there is
 * exactly one, the system clock otherwise. The lists' literal paths win over {@code /{contactId}}.
 */
@RestController
@ReadModel(ReciprocityProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/reciprocity")
class ReciprocityController {

    private final ReciprocityQueries queries;
    private final QueryClock clock;

    ReciprocityController(ReciprocityQueries queries, QueryClock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Where me stands with every contact: given, received, the balance and its age. */
    @GetMapping
    LedgerBalancesView balances(@PathVariable String ledgerId) {
        return queries.answer(new FindBalances(ledgerId, clock.now()));
    }

    /** Where me stands with one contact: every favor, commitment and ask between them, the tallies and the balance. */
    @GetMapping("/{contactId}")
    BalanceView balance(@PathVariable String ledgerId, @PathVariable String contactId) {
        return queries.answer(new FindBalance(ledgerId, contactId, clock.now()));
    }

    /** The contacts who owe me most: the balance in my favour, largest first. */
    @GetMapping("/owed-to-me")
    BalanceListView owedToMe(@PathVariable String ledgerId) {
        return queries.answer(new FindOwedToMe(ledgerId, clock.now()));
    }

    /** The contacts I owe most: the balance in their favour, largest first. */
    @GetMapping("/i-owe")
    BalanceListView iOwe(@PathVariable String ledgerId) {
        return queries.answer(new FindIOwe(ledgerId, clock.now()));
    }

    /** The empty accounts: contacts me asked for help without having invested in them first. */
    @GetMapping("/empty-accounts")
    EmptyAccountsView emptyAccounts(@PathVariable String ledgerId) {
        return queries.answer(new FindEmptyAccounts(ledgerId));
    }

    /** The "don't invest further" list: contacts me kept giving to without return, each with its reasons. */
    @GetMapping("/dont-invest")
    DontInvestView dontInvest(@PathVariable String ledgerId) {
        return queries.answer(new FindDontInvest(ledgerId));
    }
}
