package goodwill.query.reciprocity;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.Merges;
import goodwill.query.commitments.CommitmentsFold;
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
 * amended (in the balance of whoever it is now between), and a merged contact's favors, commitments and asks,
 * earlier and later, count for the survivor.
 */
public final class ReciprocityFold {

    private ReciprocityFold() {
    }

    /**
     * A ledger's reciprocity after its history: who me is and the merges, and me's balance with every contact by
     * contact id, in the order contacts were added (a merged contact keeps a balance of nothing).
     */
    public record History(LedgerMe ledger, Map<String, ReciprocityBalance> balances) {

        /** The balances of the contacts that count: every one not merged into another. */
        public List<ReciprocityBalance> listed() {
            return balances.values().stream()
                           .filter(balance -> !ledger.mergedInto().containsKey(balance.contactId()))
                           .toList();
        }
    }

    /** A new contact's balance: nothing exchanged yet, and the name they were added with. */
    public static ReciprocityBalance added(ContactAdded added, String meId) {
        return ReciprocityBalance.empty(added.ledgerId(), meId, added.contactId()).named(added.displayName());
    }

    /**
     * The balance after one more event. Only a favor, commitment or ask between me and this contact is counted;
     * a favor with the values it has now (a favor of the balance's no longer between the two is taken out), a
     * retracted favor is taken out, a resolution or an answer changes what it resolves or answers, and a change
     * of name or an archival of the contact is kept. Events of other ledgers and every other event leave it as it
     * is, and an event seen again counts once. An amended favor is given as {@link FavorAmended#applyTo} made it;
     * a favor, commitment or ask naming a merged contact, as {@code resolved} made it.
     */
    public static ReciprocityBalance apply(ReciprocityBalance balance, LedgerEvent event) {
        if (!event.ledgerId().equals(balance.ledgerId())) {
            return balance;
        }
        if (event instanceof FavorRetracted retracted) {
            return balance.without(retracted.favorId());
        }
        if (event instanceof FavorRecorded favor) {
            return counted(balance, favor);
        }
        if (event instanceof ContactDetailsChanged changed) {
            return changed.contactId().equals(balance.contactId()) && changed.displayName() != null
                    ? balance.named(changed.displayName()) : balance;
        }
        if (event instanceof ContactArchived archived) {
            return archived.contactId().equals(balance.contactId()) ? balance.archive() : balance;
        }
        if (event instanceof CommitmentMade made) {
            return wayOf(made.promiserId(), made.promiseeId(), balance)
                    .map(way -> balance.with(new Promise(way, CommitmentsFold.made(made))))
                    .orElse(balance);
        }
        if (event instanceof CommitmentResolution resolution) {
            return balance.resolved(resolution);
        }
        if (event instanceof AskMade made) {
            return wayOf(made.askerId(), made.askedId(), balance)
                    .map(way -> balance.with(new Ask(made.askId(), way, made.what(), made.occurredAt(), null, null, null)))
                    .orElse(balance);
        }
        if (event instanceof AskAnswered answered) {
            return balance.answered(answered);
        }
        return balance;
    }

    private static ReciprocityBalance counted(ReciprocityBalance balance, FavorRecorded favor) {
        Direction direction;
        if (favor.giverId().equals(balance.meId()) && favor.receiverId().equals(balance.contactId())) {
            direction = Direction.GIVEN;
        } else if (favor.giverId().equals(balance.contactId()) && favor.receiverId().equals(balance.meId())) {
            direction = Direction.RECEIVED;
        } else {
            return balance.without(favor.favorId());
        }
        return balance.with(new Exchange(favor.favorId(), direction, favor.weight(), favor.asked(), favor.occurredAt(),
                                         favor.reciprocatesFavorId()));
    }

    /** Which way something from one person to another goes in this balance; empty when it is not between the two. */
    private static Optional<Way> wayOf(String fromId, String toId, ReciprocityBalance balance) {
        if (fromId.equals(balance.meId()) && toId.equals(balance.contactId())) {
            return Optional.of(Way.BY_ME);
        }
        if (fromId.equals(balance.contactId()) && toId.equals(balance.meId())) {
            return Optional.of(Way.TO_ME);
        }
        return Optional.empty();
    }

    /** The survivor's balance once the merged contact's is folded into it. */
    public static ReciprocityBalance merge(ReciprocityBalance survivor, ReciprocityBalance merged) {
        return survivor.withAllOf(merged);
    }

    /** The merged contact's own balance from now on: nothing (it all counts for the survivor), its name kept. */
    public static ReciprocityBalance mergedAway(ReciprocityBalance merged) {
        ReciprocityBalance emptied = ReciprocityBalance.empty(merged.ledgerId(), merged.meId(), merged.contactId())
                                                       .named(merged.displayName());
        return merged.archived() ? emptied.archive() : emptied;
    }

    /**
     * The contact whose balance with me something from one person to another (a favor, a commitment, an ask)
     * changes; empty when it is between two other people (or, after a merge into me, between me and me).
     */
    public static Optional<String> counterpartOfMe(String fromId, String toId, String meId) {
        if (fromId.equals(toId)) {
            return Optional.empty();
        }
        if (fromId.equals(meId)) {
            return Optional.of(toId);
        }
        if (toId.equals(meId)) {
            return Optional.of(fromId);
        }
        return Optional.empty();
    }

    public static Optional<String> counterpartOfMe(FavorRecorded favor, String meId) {
        return counterpartOfMe(favor.giverId(), favor.receiverId(), meId);
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

    /** The commitment with each party that was merged into another named by the survivor. */
    public static CommitmentMade resolved(CommitmentMade made, Map<String, String> mergedInto) {
        return new CommitmentMade(made.ledgerId(), made.commitmentId(), Merges.survivorOf(mergedInto, made.promiserId()),
                                  Merges.survivorOf(mergedInto, made.promiseeId()), made.what(), made.dueOn(),
                                  made.occurredAt());
    }

    /** The ask with each party that was merged into another named by the survivor. */
    public static AskMade resolved(AskMade made, Map<String, String> mergedInto) {
        return new AskMade(made.ledgerId(), made.askId(), Merges.survivorOf(mergedInto, made.askerId()),
                           Merges.survivorOf(mergedInto, made.askedId()), made.what(), made.occurredAt());
    }

    /** Me's balances with every contact after one ledger's history; see {@link #history}. */
    public static Map<String, ReciprocityBalance> fold(List<? extends LedgerEvent> history) {
        return history(history).balances();
    }

    /**
     * One ledger's history folded: who me is, the merges, and me's balance with every contact. Who me is comes
     * from the ledger's opening; events before it, or of another ledger, are passed over. Null ledger when the
     * history holds no opening.
     */
    public static History history(List<? extends LedgerEvent> history) {
        Map<String, ReciprocityBalance> balances = new LinkedHashMap<>();
        Map<String, FavorRecorded> favors = new HashMap<>();
        Map<String, CommitmentMade> commitments = new HashMap<>();
        Map<String, AskMade> asks = new HashMap<>();
        LedgerMe ledger = null;
        for (LedgerEvent event : history) {
            if (event instanceof LedgerOpened opened) {
                if (ledger == null) {
                    ledger = new LedgerMe(opened.ledgerId(), opened.meId());
                }
                continue;
            }
            if (ledger == null || !event.ledgerId().equals(ledger.ledgerId())) {
                continue;
            }
            String meId = ledger.meId();
            Map<String, String> mergedInto = ledger.mergedInto();
            if (event instanceof ContactAdded added) {
                balances.putIfAbsent(added.contactId(), added(added, meId));
            } else if (event instanceof ContactDetailsChanged || event instanceof ContactArchived) {
                balances.computeIfPresent(contactOf(event), (id, balance) -> apply(balance, event));
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
            } else if (event instanceof CommitmentMade made) {
                commitments.putIfAbsent(made.commitmentId(), made);
                CommitmentMade now = resolved(made, mergedInto);
                change(balances, counterpartOfMe(now.promiserId(), now.promiseeId(), meId), now);
            } else if (event instanceof CommitmentResolution resolution && commitments.containsKey(resolution.commitmentId())) {
                CommitmentMade now = resolved(commitments.get(resolution.commitmentId()), mergedInto);
                change(balances, counterpartOfMe(now.promiserId(), now.promiseeId(), meId), resolution);
            } else if (event instanceof AskMade made) {
                asks.putIfAbsent(made.askId(), made);
                AskMade now = resolved(made, mergedInto);
                change(balances, counterpartOfMe(now.askerId(), now.askedId(), meId), now);
            } else if (event instanceof AskAnswered answered && asks.containsKey(answered.askId())) {
                AskMade now = resolved(asks.get(answered.askId()), mergedInto);
                change(balances, counterpartOfMe(now.askerId(), now.askedId(), meId), answered);
            } else if (event instanceof ContactsMerged merge) {
                String survivorId = Merges.survivorOf(mergedInto, merge.survivorId());
                ledger = ledger.withMerged(merge.mergedId(), survivorId);
                ReciprocityBalance merged = balances.get(merge.mergedId());
                if (merged != null) {
                    balances.computeIfPresent(survivorId, (id, survivor) -> merge(survivor, merged));
                    balances.put(merge.mergedId(), mergedAway(merged));
                }
            }
        }
        return new History(ledger, balances);
    }

    private static String contactOf(LedgerEvent event) {
        return event instanceof ContactDetailsChanged changed ? changed.contactId()
                : ((ContactArchived) event).contactId();
    }

    private static void change(Map<String, ReciprocityBalance> balances, Optional<String> contactId, LedgerEvent event) {
        contactId.ifPresent(id -> balances.computeIfPresent(id, (key, balance) -> apply(balance, event)));
    }

    private static void count(Map<String, ReciprocityBalance> balances, FavorRecorded before, FavorRecorded after,
                              Map<String, String> mergedInto, String meId) {
        FavorRecorded now = resolved(after, mergedInto);
        for (String contactId : counterpartsOfMe(before == null ? null : resolved(before, mergedInto), now, meId)) {
            balances.computeIfPresent(contactId, (id, balance) -> apply(balance, now));
        }
    }
}
