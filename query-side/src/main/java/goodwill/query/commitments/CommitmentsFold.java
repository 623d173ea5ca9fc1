package goodwill.query.commitments;

import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one definition of commitments and kept rates, as pure functions: no I/O, no clock (the day a commitment
 * is overdue against is given). The projection applies them to documents, a report to a history up to a date, a
 * test to a list of events.
 * <p>
 * A commitment is resolved once: a later resolution of it changes nothing. A merged contact's commitments,
 * earlier and later, count for the survivor; the stored commitment keeps the ids it was recorded with and is
 * shown {@linkplain #asCountedNow as it counts now}.
 */
public final class CommitmentsFold {

    private CommitmentsFold() {
    }

    /** A ledger's commitments after its history, by commitment id in the order made, and the ledger itself. */
    public record History(CommitmentsLedger ledger, Map<String, Commitment> commitments) {
    }

    public static Commitment made(CommitmentMade made) {
        return new Commitment(made.ledgerId(), made.commitmentId(), made.promiserId(), made.promiseeId(), made.what(),
                              made.dueOn(), made.occurredAt(), CommitmentStatus.OPEN, null, null);
    }

    /** The commitment as the resolution ends it; one resolved already stays as it was first resolved. */
    public static Commitment resolved(Commitment commitment, CommitmentResolution resolution) {
        if (commitment.status() != CommitmentStatus.OPEN) {
            return commitment;
        }
        CommitmentStatus status;
        if (resolution instanceof CommitmentKept) {
            status = CommitmentStatus.KEPT;
        } else if (resolution instanceof CommitmentBroken) {
            status = CommitmentStatus.BROKEN;
        } else if (resolution instanceof CommitmentReleased) {
            status = CommitmentStatus.RELEASED;
        } else {
            throw new IllegalArgumentException("Unknown resolution " + resolution.getClass().getName());
        }
        String favorId = resolution instanceof CommitmentKept kept ? kept.favorId() : null;
        return new Commitment(commitment.ledgerId(), commitment.commitmentId(), commitment.promiserId(),
                              commitment.promiseeId(), commitment.what(), commitment.dueOn(), commitment.madeAt(),
                              status, resolution.occurredAt(), favorId);
    }

    /** The commitment naming each party as they count now: a merged contact, by its survivor. */
    public static Commitment asCountedNow(Commitment commitment, CommitmentsLedger ledger) {
        return commitment.between(ledger.survivorOf(commitment.promiserId()),
                                  ledger.survivorOf(commitment.promiseeId()));
    }

    /**
     * The kept rate of me and of everyone who made a commitment, me first, then by person id. The commitments
     * are given {@linkplain #asCountedNow as they count now}.
     */
    public static List<KeptRate> keptRates(List<Commitment> commitments, String meId) {
        Map<String, int[]> counts = new TreeMap<>();
        counts.put(meId, new int[CommitmentStatus.values().length]);
        for (Commitment commitment : commitments) {
            counts.computeIfAbsent(commitment.promiserId(), id -> new int[CommitmentStatus.values().length])
                  [commitment.status().ordinal()]++;
        }
        List<KeptRate> rates = new ArrayList<>();
        counts.forEach((personId, count) -> rates.add(keptRate(personId, count)));
        rates.sort(Comparator.comparing((KeptRate rate) -> !rate.personId().equals(meId))
                             .thenComparing(KeptRate::personId));
        return rates;
    }

    private static KeptRate keptRate(String personId, int[] count) {
        int kept = count[CommitmentStatus.KEPT.ordinal()];
        int broken = count[CommitmentStatus.BROKEN.ordinal()];
        Double rate = kept + broken == 0 ? null : (double) kept / (kept + broken);
        return new KeptRate(personId, kept, broken, count[CommitmentStatus.RELEASED.ordinal()],
                            count[CommitmentStatus.OPEN.ordinal()], rate);
    }

    /** One ledger's history folded: who me is, its people and merges, and its commitments as recorded. */
    public static History fold(List<? extends LedgerEvent> history) {
        Map<String, Commitment> commitments = new LinkedHashMap<>();
        CommitmentsLedger ledger = null;
        for (LedgerEvent event : history) {
            if (event instanceof LedgerOpened opened) {
                if (ledger == null) {
                    ledger = CommitmentsLedger.opened(opened.ledgerId(), opened.meId());
                }
            } else if (ledger == null || !event.ledgerId().equals(ledger.ledgerId())) {
                continue;
            } else if (event instanceof ContactAdded added) {
                ledger = ledger.withPerson(added.contactId());
            } else if (event instanceof ContactsMerged merge) {
                ledger = ledger.withMerged(merge.mergedId(), merge.survivorId());
            } else if (event instanceof CommitmentMade made) {
                commitments.putIfAbsent(made.commitmentId(), made(made));
            } else if (event instanceof CommitmentResolution resolution) {
                commitments.computeIfPresent(resolution.commitmentId(), (id, commitment) -> resolved(commitment, resolution));
            }
        }
        return new History(ledger, commitments);
    }
}
