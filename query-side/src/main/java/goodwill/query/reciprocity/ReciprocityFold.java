package goodwill.query.reciprocity;

import goodwill.events.ContactAdded;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.reciprocity.Exchange.Direction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one definition of reciprocity, as pure functions: no I/O, no clock. The projection applies it to
 * documents, a report to a history up to a date, a test to a list of events.
 */
public final class ReciprocityFold {

    private ReciprocityFold() {
    }

    /**
     * The balance after one more event. Only a favor between me and this contact changes it: events of
     * other ledgers and favors between other people leave it as it is, and a favor seen again counts once.
     */
    public static ReciprocityBalance apply(ReciprocityBalance balance, LedgerEvent event) {
        if (!(event instanceof FavorRecorded favor) || !favor.ledgerId().equals(balance.ledgerId())) {
            return balance;
        }
        Direction direction;
        if (favor.giverId().equals(balance.meId()) && favor.receiverId().equals(balance.contactId())) {
            direction = Direction.GIVEN;
        } else if (favor.giverId().equals(balance.contactId()) && favor.receiverId().equals(balance.meId())) {
            direction = Direction.RECEIVED;
        } else {
            return balance;
        }
        return balance.with(new Exchange(favor.favorId(), direction, favor.weight(), favor.asked(), favor.occurredAt()));
    }

    /** The contact whose balance with me a favor changes; empty for a favor between two other people. */
    public static Optional<String> counterpartOfMe(FavorRecorded favor, String meId) {
        if (favor.giverId().equals(meId)) {
            return Optional.of(favor.receiverId());
        }
        if (favor.receiverId().equals(meId)) {
            return Optional.of(favor.giverId());
        }
        return Optional.empty();
    }

    /**
     * Me's balances with every contact after one ledger's history, by contact id in the order contacts were
     * added; who me is comes from the ledger's opening.
     */
    public static Map<String, ReciprocityBalance> fold(List<? extends LedgerEvent> history) {
        Map<String, ReciprocityBalance> balances = new LinkedHashMap<>();
        String ledgerId = null;
        String meId = null;
        for (LedgerEvent event : history) {
            if (event instanceof LedgerOpened opened) {
                ledgerId = opened.ledgerId();
                meId = opened.meId();
            } else if (event instanceof ContactAdded added && added.ledgerId().equals(ledgerId)) {
                balances.putIfAbsent(added.contactId(), ReciprocityBalance.empty(ledgerId, meId, added.contactId()));
            } else if (event instanceof FavorRecorded favor && meId != null) {
                counterpartOfMe(favor, meId).ifPresent(
                        contactId -> balances.computeIfPresent(contactId, (id, balance) -> apply(balance, favor)));
            }
        }
        return balances;
    }
}
