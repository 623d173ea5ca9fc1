package goodwill.query.reciprocity;

import static goodwill.query.ReadModelCollections.RECIPROCITY_BALANCES;
import static goodwill.query.ReadModelCollections.RECIPROCITY_FAVORS;
import static goodwill.query.ReadModelCollections.RECIPROCITY_LEDGERS;
import static goodwill.query.ReadModelCollections.RECIPROCITY_PARTIES;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRoleChanged;
import goodwill.query.DocumentStore;
import goodwill.query.Documents;
import goodwill.query.Fold;
import goodwill.query.Merges;
import goodwill.query.Named;
import goodwill.query.Recorded;
import goodwill.query.commitments.CommitmentsFold;
import goodwill.query.reciprocity.Exchange.Direction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The one definition of reciprocity: who me is in each ledger, and me's balance with every contact. The same fold
 * keeps the projection's collections and a history in memory ({@link ReciprocityHistory#folded}).
 * <p>
 * Corrections count as they say: a retracted favor counts nowhere, an amended one counts with its values as
 * amended (in the balance of whoever it is now between), and a merged contact's favors, commitments and asks,
 * earlier and later, count for the survivor. Every favor and every commitment's and ask's parties are kept,
 * whoever they are between: an amendment may make a favor between two others one with me, and a correction,
 * resolution or answer names only what it changes.
 * <p>
 * Something seen again is kept as it is, so a replayed batch writes the same documents. An event of a ledger
 * not opened, or naming a favor, commitment, ask or contact the documents do not hold, changes nothing: a history
 * cut at a date may hold a correction and not what it corrects.
 */
public final class ReciprocityFold implements Fold {

    private static final Set<Class<? extends LedgerEvent>> IGNORED = Set.of(
            MeetingRecorded.class, MeetingRetracted.class, IntroductionMade.class, IntroductionOutcomeRecorded.class,
            MemberAdded.class, MemberRoleChanged.class, MemberRemoved.class, ContactForgotten.class);

    private final Documents<LedgerMe> ledgers;
    private final Documents<StoredBalance> balances;
    private final Documents<StoredFavor> favors;
    private final Documents<StoredParties> parties;

    /**
     * The ledger is looked for at every event, once a batch; a balance by whom the event is between as merges
     * count them, which the event alone does not say. Favors and parties are looked for by the event's own key.
     */
    public ReciprocityFold(DocumentStore store) {
        this.ledgers = store.documents(RECIPROCITY_LEDGERS, LedgerMe.class, LedgerMe::ledgerId);
        this.favors = store.documents(RECIPROCITY_FAVORS, StoredFavor.class, StoredFavor::id,
                                      ReciprocityFold::favorLookedUp);
        this.parties = store.documents(RECIPROCITY_PARTIES, StoredParties.class, StoredParties::id,
                                       ReciprocityFold::partiesLookedUp);
        this.balances = store.documents(RECIPROCITY_BALANCES, StoredBalance.class, StoredBalance::id,
                                        event -> Named.contactsOf(event).stream()
                                                      .map(id -> StoredBalance.key(event.ledgerId(), id)));
    }

    /** Meetings, introductions and members: nothing given, received, promised or asked between me and a contact. */
    @Override
    public Set<Class<? extends LedgerEvent>> ignores() {
        return IGNORED;
    }

    @Override
    public void apply(Recorded recorded) {
        LedgerEvent event = recorded.event();
        if (event instanceof LedgerOpened opened) {
            if (ledgers.find(opened.ledgerId()).isEmpty()) { // seen again, it keeps the merges recorded since
                ledgers.put(new LedgerMe(opened.ledgerId(), opened.meId()));
            }
        } else if (!IGNORED.contains(event.getClass())) {
            ledgers.find(event.ledgerId()).ifPresent(ledger -> apply(ledger, event));
        }
    }

    private void apply(LedgerMe ledger, LedgerEvent event) {
        String ledgerId = ledger.ledgerId();
        if (event instanceof ContactAdded added) {
            String key = StoredBalance.key(ledgerId, added.contactId());
            if (balances.find(key).isEmpty()) {
                balances.put(StoredBalance.of(ReciprocityBalance.empty(ledgerId, ledger.meId(), added.contactId())
                                                                .named(added.displayName())));
            }
        } else if (event instanceof ContactDetailsChanged changed) {
            if (changed.displayName() != null) {
                change(ledger, changed.contactId(), balance -> balance.named(changed.displayName()));
            }
        } else if (event instanceof ContactArchived archival) {
            change(ledger, archival.contactId(), ReciprocityBalance::archive);
        } else if (event instanceof ContactsMerged merge) {
            merged(ledger, merge);
        } else if (event instanceof FavorRecorded favor) {
            if (favors.find(StoredFavor.key(ledgerId, favor.favorId())).isEmpty()) {
                favors.put(StoredFavor.of(favor, false));
                count(ledger, null, favor);
            }
        } else if (event instanceof FavorAmended amendment) {
            // The command side never amends a retracted favor; an amendment of one changes nothing.
            unretracted(ledgerId, amendment.favorId()).ifPresent(before -> {
                FavorRecorded after = amendment.applyTo(before);
                favors.put(StoredFavor.of(after, false));
                count(ledger, before, after);
            });
        } else if (event instanceof FavorRetracted retraction) {
            unretracted(ledgerId, retraction.favorId()).ifPresent(favor -> {
                favors.put(StoredFavor.of(favor, true));
                counterpart(ledger, favor.giverId(), favor.receiverId()).ifPresent(
                        counterpart -> change(ledger, counterpart.contactId(),
                                              balance -> balance.without(favor.favorId())));
            });
        } else if (event instanceof CommitmentMade made) {
            parties.put(StoredParties.of(made));
            CommitmentMade now = resolved(made, ledger.mergedInto());
            counterpart(ledger, made.promiserId(), made.promiseeId()).ifPresent(counterpart -> change(
                    ledger, counterpart.contactId(),
                    balance -> balance.with(new Promise(counterpart.way(), CommitmentsFold.made(now)))));
        } else if (event instanceof CommitmentResolution resolution) {
            between(ledger, StoredParties.commitmentKey(ledgerId, resolution.commitmentId()))
                    .ifPresent(contactId -> change(ledger, contactId, balance -> balance.resolved(resolution)));
        } else if (event instanceof AskMade made) {
            parties.put(StoredParties.of(made));
            counterpart(ledger, made.askerId(), made.askedId()).ifPresent(counterpart -> change(
                    ledger, counterpart.contactId(), balance -> balance.with(
                            new AskRecord(made.askId(), counterpart.way(), made.what(), made.occurredAt(), null, null, null))));
        } else if (event instanceof AskAnswered answer) {
            between(ledger, StoredParties.askKey(ledgerId, answer.askId()))
                    .ifPresent(contactId -> change(ledger, contactId, balance -> balance.answered(answer)));
        }
    }

    /**
     * The survivor's balance takes the merged contact's favors, commitments and asks (one in both counts once);
     * the merged contact keeps a balance of nothing, its name and archival kept. A merge into a contact merged
     * away meanwhile counts for that one's survivor.
     */
    private void merged(LedgerMe ledger, ContactsMerged merge) {
        String survivorId = Merges.survivorOf(ledger.mergedInto(), merge.survivorId());
        ledgers.put(ledger.withMerged(merge.mergedId(), survivorId));
        balances.find(StoredBalance.key(ledger.ledgerId(), merge.mergedId())).ifPresent(stored -> {
            ReciprocityBalance merged = stored.balance();
            change(ledger, survivorId, survivor -> survivor.withAllOf(merged));
            ReciprocityBalance emptied = ReciprocityBalance.empty(merged.ledgerId(), merged.meId(), merged.contactId())
                                                           .named(merged.displayName());
            balances.put(StoredBalance.of(merged.archived() ? emptied.archive() : emptied));
        });
    }

    /**
     * Counts a favor, new ({@code before} null) or amended, in me's balance with whom it is now between, and takes
     * it out of the balance it was in before (the same one, if the amendment left it there).
     */
    private void count(LedgerMe ledger, FavorRecorded before, FavorRecorded after) {
        if (before != null) {
            counterpart(ledger, before.giverId(), before.receiverId()).ifPresent(
                    counterpart -> change(ledger, counterpart.contactId(), balance -> balance.without(before.favorId())));
        }
        counterpart(ledger, after.giverId(), after.receiverId()).ifPresent(counterpart -> change(
                ledger, counterpart.contactId(), balance -> balance.with(new Exchange(
                        after.favorId(), counterpart.way() == Way.BY_ME ? Direction.GIVEN : Direction.RECEIVED,
                        after.weight(), after.asked(), after.occurredAt(), after.reciprocatesFavorId()))));
    }

    private void change(LedgerMe ledger, String contactId, UnaryOperator<ReciprocityBalance> change) {
        balances.find(StoredBalance.key(ledger.ledgerId(), contactId))
                .ifPresent(stored -> balances.put(StoredBalance.of(change.apply(stored.balance()))));
    }

    /** The favor as its amendments left it, unless it is unknown or retracted. */
    private Optional<FavorRecorded> unretracted(String ledgerId, String favorId) {
        return favors.find(StoredFavor.key(ledgerId, favorId)).filter(stored -> !stored.retracted())
                     .map(StoredFavor::favor);
    }

    /** The contact whose balance with me holds the commitment or ask kept under {@code key}, if any. */
    private Optional<String> between(LedgerMe ledger, String key) {
        return parties.find(key).flatMap(between -> counterpart(ledger, between.fromId(), between.toId()))
                      .map(Counterpart::contactId);
    }

    /** The contact whose balance with me something is in, and which way it goes: made by me, or to me. */
    private record Counterpart(String contactId, Way way) {
    }

    /**
     * Whose balance with me something from one person to another (a favor, a commitment, an ask) is in, both as
     * merges count them; empty when it is between two others (or, after a merge into me, between me and me).
     */
    private static Optional<Counterpart> counterpart(LedgerMe ledger, String fromId, String toId) {
        String from = Merges.survivorOf(ledger.mergedInto(), fromId);
        String to = Merges.survivorOf(ledger.mergedInto(), toId);
        if (from.equals(to)) {
            return Optional.empty();
        }
        if (from.equals(ledger.meId())) {
            return Optional.of(new Counterpart(to, Way.BY_ME));
        }
        if (to.equals(ledger.meId())) {
            return Optional.of(new Counterpart(from, Way.TO_ME));
        }
        return Optional.empty();
    }

    /** The commitment with each party that was merged into another named by the survivor, as its promise keeps it. */
    private static CommitmentMade resolved(CommitmentMade made, Map<String, String> mergedInto) {
        return new CommitmentMade(made.ledgerId(), made.commitmentId(), Merges.survivorOf(mergedInto, made.promiserId()),
                                  Merges.survivorOf(mergedInto, made.promiseeId()), made.what(), made.dueOn(),
                                  made.occurredAt());
    }

    /** The key of the favor {@link #apply} looks for when it applies {@code event}, if any. */
    private static Stream<String> favorLookedUp(LedgerEvent event) {
        String favorId = event instanceof FavorRecorded favor ? favor.favorId()
                : event instanceof FavorAmended amendment ? amendment.favorId()
                : event instanceof FavorRetracted retraction ? retraction.favorId()
                : null;
        return favorId == null ? Stream.empty() : Stream.of(StoredFavor.key(event.ledgerId(), favorId));
    }

    /** The key of the commitment's or ask's parties {@link #apply} looks for when it applies {@code event}, if any. */
    private static Stream<String> partiesLookedUp(LedgerEvent event) {
        return event instanceof CommitmentResolution resolution
                ? Stream.of(StoredParties.commitmentKey(event.ledgerId(), resolution.commitmentId()))
                : event instanceof AskAnswered answer ? Stream.of(StoredParties.askKey(event.ledgerId(), answer.askId()))
                : Stream.empty();
    }
}
