package goodwill.query.reports;

import goodwill.events.ContactsMerged;
import goodwill.events.LedgerEvent;
import goodwill.query.Merges;
import goodwill.query.Named;
import goodwill.query.advocacy.AdvocateView;
import goodwill.query.reciprocity.BalanceView;
import goodwill.query.web.CsvRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two as-of reports of one ledger on one basis, side by side: who rose and who fell in the advocate ranking,
 * whose balance moved, and the events that made the difference. As CSV, one {@link ContactChange.Row} per
 * contact that changed, by contact id.
 *
 * @param rose          contact ids whose rank improved, the largest rise first
 * @param fell          contact ids whose rank worsened, the largest fall first
 * @param balancesMoved contact ids whose balance changed, the largest move (either way) first
 * @param changes       every contact whose rank, score (two decimals), tier or balance changed, or whom a new
 *                      event names, by contact id
 */
public record ComparisonReport(String ledgerId,
                               Basis basis,
                               Instant from,
                               Instant to,
                               List<String> rose,
                               List<String> fell,
                               List<String> balancesMoved,
                               List<ContactChange> changes) implements CsvRows {

    /** The comparison of {@code earlier} (folded from {@code earlierSlice}) with {@code later}. */
    public static ComparisonReport of(AsOfReport earlier, List<RecordedEvent> earlierSlice, AsOfReport later,
                                      List<RecordedEvent> laterSlice) {
        Map<String, AdvocateView> ranksFrom = byId(earlier.advocates().advocates(), AdvocateView::contactId);
        Map<String, AdvocateView> ranksTo = byId(later.advocates().advocates(), AdvocateView::contactId);
        Map<String, BalanceView> balancesFrom = byId(earlier.balances().balances(), BalanceView::contactId);
        Map<String, BalanceView> balancesTo = byId(later.balances().balances(), BalanceView::contactId);
        Map<String, List<ChangedEvent>> events = newEventsByContact(earlierSlice, laterSlice);

        Set<String> contacts = new TreeSet<>();
        contacts.addAll(ranksFrom.keySet());
        contacts.addAll(ranksTo.keySet());
        contacts.addAll(balancesFrom.keySet());
        contacts.addAll(balancesTo.keySet());
        List<ContactChange> changes = new ArrayList<>();
        for (String contactId : contacts) {
            AdvocateView rankFrom = ranksFrom.get(contactId);
            AdvocateView rankTo = ranksTo.get(contactId);
            BalanceView balanceFrom = balancesFrom.get(contactId);
            BalanceView balanceTo = balancesTo.get(contactId);
            List<ChangedEvent> named = events.getOrDefault(contactId, List.of());
            ContactChange change = new ContactChange(
                    contactId, nameOf(rankTo, balanceTo, rankFrom, balanceFrom),
                    rankFrom == null ? null : rankFrom.rank(), rankTo == null ? null : rankTo.rank(),
                    rankFrom == null || rankTo == null ? null : rankFrom.rank() - rankTo.rank(),
                    rankFrom == null ? null : rankFrom.score(), rankTo == null ? null : rankTo.score(),
                    rankFrom == null ? null : rankFrom.tier(), rankTo == null ? null : rankTo.tier(),
                    balanceFrom == null ? null : balanceFrom.balance(), balanceTo == null ? null : balanceTo.balance(),
                    (balanceTo == null ? 0 : balanceTo.balance()) - (balanceFrom == null ? 0 : balanceFrom.balance()),
                    named);
            boolean changed = !named.isEmpty() || !Objects.equals(change.rankFrom(), change.rankTo())
                    || !Objects.equals(change.scoreFrom(), change.scoreTo())
                    || change.tierFrom() != change.tierTo()
                    || !Objects.equals(change.balanceFrom(), change.balanceTo());
            if (changed) {
                changes.add(change);
            }
        }
        return new ComparisonReport(
                later.ledgerId(), later.basis(), earlier.asOf(), later.asOf(),
                ids(changes.stream().filter(c -> c.rankChange() != null && c.rankChange() > 0),
                    Comparator.comparing(ContactChange::rankChange).reversed()),
                ids(changes.stream().filter(c -> c.rankChange() != null && c.rankChange() < 0),
                    Comparator.comparing(ContactChange::rankChange)),
                ids(changes.stream().filter(c -> c.balanceChange() != 0),
                    Comparator.comparingDouble((ContactChange c) -> -Math.abs(c.balanceChange()))),
                changes);
    }

    @Override
    public Table<ContactChange.Row> csvTable() {
        return new Table<>(changes.stream().map(ContactChange::row).toList(), ContactChange.Row.class);
    }

    /**
     * The events of the later slice that the earlier one lacks, under every contact they name as merges stand at
     * the later date; a correction or follow-up names the people of what it corrects.
     */
    private static Map<String, List<ChangedEvent>> newEventsByContact(List<RecordedEvent> earlier,
                                                                      List<RecordedEvent> later) {
        Set<String> before = earlier.stream().map(RecordedEvent::eventId).collect(Collectors.toSet());
        Map<String, List<String>> partiesOfThing = new HashMap<>();
        Map<String, String> mergedInto = Map.of();
        for (RecordedEvent recorded : later) {
            LedgerEvent event = recorded.event();
            String thing = Named.subjectOf(event);
            if (thing != null) {
                partiesOfThing.putIfAbsent(thing, Named.contactsOf(event));
            }
            if (event instanceof ContactsMerged merge) {
                mergedInto = Merges.after(mergedInto, merge.mergedId(), merge.survivorId());
            }
        }
        Map<String, List<ChangedEvent>> byContact = new HashMap<>();
        for (RecordedEvent recorded : later) {
            if (before.contains(recorded.eventId())) {
                continue;
            }
            LedgerEvent event = recorded.event();
            Set<String> named = new LinkedHashSet<>(Named.contactsOf(event));
            String corrects = Named.correctsOf(event);
            if (corrects != null) {
                named.addAll(partiesOfThing.getOrDefault(corrects, List.of()));
            }
            ChangedEvent changed = ChangedEvent.of(recorded);
            for (String contactId : named) {
                byContact.computeIfAbsent(Merges.survivorOf(mergedInto, contactId), id -> new ArrayList<>()).add(changed);
            }
        }
        return byContact;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    private static String nameOf(AdvocateView rankTo, BalanceView balanceTo, AdvocateView rankFrom, BalanceView balanceFrom) {
        if (rankTo != null) {
            return rankTo.name();
        }
        if (balanceTo != null) {
            return balanceTo.displayName();
        }
        return rankFrom != null ? rankFrom.name() : balanceFrom.displayName();
    }

    private static List<String> ids(Stream<ContactChange> changes, Comparator<ContactChange> order) {
        return changes.sorted(order.thenComparing(ContactChange::contactId)).map(ContactChange::contactId).toList();
    }
}
