package goodwill.query.commitments;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
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
import goodwill.query.ReadModelCollections;
import goodwill.query.Recorded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The one definition of commitments and kept rates. The fold keeps each ledger (who me is, its people and merges)
 * and its commitments as recorded, in the collections of a projection or in memory; no clock (the day a
 * commitment is overdue against is given when it is read).
 * <p>
 * A commitment is resolved once: a later resolution of it changes nothing. Events of a ledger the documents do
 * not know, and a resolution of a commitment they do not hold, change nothing. A merged contact's commitments,
 * earlier and later, count for the survivor; the stored commitment keeps the ids it was recorded with and is
 * shown {@linkplain #asCountedNow as it counts now}.
 */
public final class CommitmentsFold implements Fold {

    private final Documents<CommitmentsLedger> ledgers;
    private final Documents<StoredCommitment> commitments;

    public CommitmentsFold(DocumentStore store) {
        this.ledgers = store.documents(ReadModelCollections.COMMITMENTS_LEDGERS, CommitmentsLedger.class,
                                       CommitmentsLedger::ledgerId);
        this.commitments = store.documents(ReadModelCollections.COMMITMENTS, StoredCommitment.class,
                                           StoredCommitment::id, CommitmentsFold::commitmentLookedUp);
    }

    @Override
    public void apply(Recorded recorded) {
        LedgerEvent event = recorded.event();
        if (event instanceof LedgerOpened opened) {
            if (ledgers.find(opened.ledgerId()).isEmpty()) {
                ledgers.put(CommitmentsLedger.opened(opened.ledgerId(), opened.meId()));
            }
        } else if (event instanceof ContactAdded added) {
            ledgers.find(added.ledgerId()).ifPresent(ledger -> ledgers.put(ledger.withPerson(added.contactId())));
        } else if (event instanceof ContactsMerged merge) {
            ledgers.find(merge.ledgerId())
                   .ifPresent(ledger -> ledgers.put(ledger.withMerged(merge.mergedId(), merge.survivorId())));
        } else if (event instanceof CommitmentMade made) {
            String key = StoredCommitment.key(made.ledgerId(), made.commitmentId());
            if (ledgers.find(made.ledgerId()).isPresent() && commitments.find(key).isEmpty()) {
                commitments.put(StoredCommitment.of(made(made)));
            }
        } else if (event instanceof CommitmentResolution resolution) {
            commitments.find(StoredCommitment.key(resolution.ledgerId(), resolution.commitmentId()))
                       .ifPresent(stored -> commitments.put(StoredCommitment.of(resolved(stored.commitment(),
                                                                                         resolution))));
        }
    }

    @Override
    public Set<Class<? extends LedgerEvent>> ignores() {
        return Set.of(ContactDetailsChanged.class, ContactArchived.class, FavorRecorded.class, FavorAmended.class,
                      FavorRetracted.class, MeetingRecorded.class, MeetingRetracted.class, IntroductionMade.class,
                      IntroductionOutcomeRecorded.class, AskMade.class, AskAnswered.class, MemberAdded.class,
                      MemberRoleChanged.class, MemberRemoved.class,
                      ContactForgotten.class);
    }

    /** The commitment a commitment's event names: a batch loads those of all its events at once. */
    private static Stream<String> commitmentLookedUp(LedgerEvent event) {
        return event instanceof CommitmentMade made ? Stream.of(StoredCommitment.key(made.ledgerId(), made.commitmentId()))
                : event instanceof CommitmentResolution resolution
                        ? Stream.of(StoredCommitment.key(resolution.ledgerId(), resolution.commitmentId()))
                : Stream.empty();
    }

    public static CommitmentRecord made(CommitmentMade made) {
        return new CommitmentRecord(made.ledgerId(), made.commitmentId(), made.promiserId(), made.promiseeId(), made.what(),
                                    made.dueOn(), made.occurredAt(), CommitmentState.OPEN, null, null);
    }

    /** The commitment as the resolution ends it; one resolved already stays as it was first resolved. */
    public static CommitmentRecord resolved(CommitmentRecord commitment, CommitmentResolution resolution) {
        if (commitment.status() != CommitmentState.OPEN) {
            return commitment;
        }
        CommitmentState status;
        if (resolution instanceof CommitmentKept) {
            status = CommitmentState.KEPT;
        } else if (resolution instanceof CommitmentBroken) {
            status = CommitmentState.BROKEN;
        } else if (resolution instanceof CommitmentReleased) {
            status = CommitmentState.RELEASED;
        } else {
            throw new IllegalArgumentException("Unknown resolution " + resolution.getClass().getName());
        }
        String favorId = resolution instanceof CommitmentKept kept ? kept.favorId() : null;
        return new CommitmentRecord(commitment.ledgerId(), commitment.commitmentId(), commitment.promiserId(),
                                    commitment.promiseeId(), commitment.what(), commitment.dueOn(), commitment.madeAt(),
                                    status, resolution.occurredAt(), favorId);
    }

    /** The commitment naming each party as they count now: a merged contact, by its survivor. */
    public static CommitmentRecord asCountedNow(CommitmentRecord commitment, CommitmentsLedger ledger) {
        return commitment.between(ledger.survivorOf(commitment.promiserId()),
                                  ledger.survivorOf(commitment.promiseeId()));
    }

    /**
     * The kept rate of me and of everyone who made a commitment, me first, then by person id. The commitments
     * are given {@linkplain #asCountedNow as they count now}.
     */
    public static List<KeptRate> keptRates(List<CommitmentRecord> commitments, String meId) {
        Map<String, int[]> counts = new TreeMap<>();
        counts.put(meId, new int[CommitmentState.values().length]);
        for (CommitmentRecord commitment : commitments) {
            counts.computeIfAbsent(commitment.promiserId(), id -> new int[CommitmentState.values().length])
                  [commitment.status().ordinal()]++;
        }
        List<KeptRate> rates = new ArrayList<>();
        counts.forEach((personId, count) -> rates.add(keptRate(personId, count)));
        rates.sort(Comparator.comparing((KeptRate rate) -> !rate.personId().equals(meId))
                             .thenComparing(KeptRate::personId));
        return rates;
    }

    private static KeptRate keptRate(String personId, int[] count) {
        int kept = count[CommitmentState.KEPT.ordinal()];
        int broken = count[CommitmentState.BROKEN.ordinal()];
        Double rate = kept + broken == 0 ? null : (double) kept / (kept + broken);
        return new KeptRate(personId, kept, broken, count[CommitmentState.RELEASED.ordinal()],
                            count[CommitmentState.OPEN.ordinal()], rate);
    }
}
