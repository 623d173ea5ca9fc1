package goodwill.query.reciprocity;

import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.Merges;
import goodwill.query.reciprocity.Exchange.Direction;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of reciprocity, as pure functions: no I/O, no clock. The projection applies it to
 * documents, a report to a history up to a date, a test to a list of events.
 * <p>
 * Corrections count as they say: a retracted favor counts nowhere, an amended one counts with its values as
 * amended (in the balance of whoever it is now between), and a merged contact's favors, earlier and later,
 * count for the survivor.
 */
public final class ReciprocityFold {

    private ReciprocityFold() {
    }

    /**
     * The balance after one more event. Only a favor between me and this contact is counted, with the values
     * it has now (a favor of the balance's no longer between the two is taken out), and a retracted favor is
     * taken out; events of other ledgers and every other event leave it as it is, and a favor seen again
     * counts once. An amended favor is given as {@link FavorAmended#applyTo} made it; a favor naming a merged
     * contact, as {@link #resolved} made it.
     */
    public static ReciprocityBalance apply(ReciprocityBalance balance, LedgerEvent event) {
        if (!event.ledgerId().equals(balance.ledgerId())) {
            return balance;
        }
        if (event instanceof FavorRetracted retracted) {
            return balance.without(retracted.favorId());
        }
        if (!(event instanceof FavorRecorded favor)) {
            return balance;
        }
        Direction direction;
        if (favor.giverId().equals(balance.meId()) && favor.receiverId().equals(balance.contactId())) {
            direction = Direction.GIVEN;
        } else if (favor.giverId().equals(balance.contactId()) && favor.receiverId().equals(balance.meId())) {
            direction = Direction.RECEIVED;
        } else {
            return balance.without(favor.favorId());
        }
        return balance.with(new Exchange(favor.favorId(), direction, favor.weight(), favor.asked(), favor.occurredAt()));
    }

    /** The survivor's balance once the merged contact's is folded into it. */
    public static ReciprocityBalance merge(ReciprocityBalance survivor, ReciprocityBalance merged) {
        return survivor.withAllOf(merged);
    }

    /**
     * The contact whose balance with me a favor changes; empty for a favor between two other people (or, after
     * a merge into me, between me and me).
     */
    public static Optional<String> counterpartOfMe(FavorRecorded favor, String meId) {
        if (favor.giverId().equals(favor.receiverId())) {
            return Optional.empty();
        }
        if (favor.giverId().equals(meId)) {
            return Optional.of(favor.receiverId());
        }
        if (favor.receiverId().equals(meId)) {
            return Optional.of(favor.giverId());
        }
        return Optional.empty();
    }

    /** The contacts whose balances with me a favor changing from {@code before} (null: new) to {@code after} changes. */
    public static Set<String> counterpartsOfMe(FavorRecorded before, FavorRecorded after, String meId) {
        Set<String> contacts = new LinkedHashSet<>();
        if (before != null) {
            counterpartOfMe(before, meId).ifPresent(contacts::add);
        }
        counterpartOfMe(after, meId).ifPresent(contacts::add);
        return contacts;
    }

    /** The favor with every party that was merged into another named by the survivor. */
    public static FavorRecorded resolved(FavorRecorded favor, Map<String, String> mergedInto) {
        if (mergedInto.isEmpty()) {
            return favor;
        }
        return new FavorRecorded(favor.ledgerId(), favor.favorId(),
                                 Merges.survivorOf(mergedInto, favor.giverId()),
                                 Merges.survivorOf(mergedInto, favor.receiverId()),
                                 favor.kind(), favor.weight(), favor.asked(), favor.occurredAt(),
                                 favor.towardId() == null ? null : Merges.survivorOf(mergedInto, favor.towardId()),
                                 favor.reciprocatesFavorId(), favor.note());
    }

    /**
     * Me's balances with every contact after one ledger's history, by contact id in the order contacts were
     * added; who me is comes from the ledger's opening. A merged contact keeps a balance of nothing.
     */
    public static Map<String, ReciprocityBalance> fold(List<? extends LedgerEvent> history) {
        Map<String, ReciprocityBalance> balances = new LinkedHashMap<>();
        Map<String, FavorRecorded> favors = new HashMap<>();
        Map<String, String> mergedInto = Map.of();
        String ledgerId = null;
        String meId = null;
        for (LedgerEvent event : history) {
            if (event instanceof LedgerOpened opened) {
                ledgerId = opened.ledgerId();
                meId = opened.meId();
            } else if (meId == null || !event.ledgerId().equals(ledgerId)) {
                continue;
            } else if (event instanceof ContactAdded added) {
                balances.putIfAbsent(added.contactId(), ReciprocityBalance.empty(ledgerId, meId, added.contactId()));
            } else if (event instanceof FavorRecorded favor) {
                count(balances, favors.put(favor.favorId(), favor), favor, mergedInto, meId);
            } else if (event instanceof FavorAmended amendment && favors.containsKey(amendment.favorId())) {
                FavorRecorded before = favors.get(amendment.favorId());
                FavorRecorded after = amendment.applyTo(before);
                favors.put(after.favorId(), after);
                count(balances, before, after, mergedInto, meId);
            } else if (event instanceof FavorRetracted retracted && favors.containsKey(retracted.favorId())) {
                FavorRecorded before = favors.remove(retracted.favorId());
                counterpartOfMe(resolved(before, mergedInto), meId).ifPresent(
                        contactId -> balances.computeIfPresent(contactId, (id, balance) -> apply(balance, retracted)));
            } else if (event instanceof ContactsMerged merge) {
                String survivorId = Merges.survivorOf(mergedInto, merge.survivorId());
                mergedInto = Merges.after(mergedInto, merge.mergedId(), survivorId);
                ReciprocityBalance merged = balances.get(merge.mergedId());
                if (merged != null) {
                    balances.computeIfPresent(survivorId, (id, survivor) -> merge(survivor, merged));
                    balances.put(merge.mergedId(), ReciprocityBalance.empty(ledgerId, meId, merge.mergedId()));
                }
            }
        }
        return balances;
    }

    private static void count(Map<String, ReciprocityBalance> balances, FavorRecorded before, FavorRecorded after,
                              Map<String, String> mergedInto, String meId) {
        FavorRecorded now = resolved(after, mergedInto);
        for (String contactId : counterpartsOfMe(before == null ? null : resolved(before, mergedInto), now, meId)) {
            balances.computeIfPresent(contactId, (id, balance) -> apply(balance, now));
        }
    }
}
