package goodwill.query.introductions;

import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.LedgerEvent;
import goodwill.query.facts.KeptIntroduction;
import goodwill.query.facts.LedgerFacts;
import goodwill.query.facts.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of the introductions read model, as pure functions over a ledger's {@link LedgerFacts}: no
 * I/O, no clock. The projection keeps the facts; a report folds a history up to a date with {@link #fold}; tests
 * fold lists of events.
 * <p>
 * An introduction <b>led somewhere</b> once one of its outcomes is an {@code OPPORTUNITY}, a {@code HIRED} or a
 * {@code DEAL} ({@link #ledSomewhere(IntroductionOutcome)}): that the two {@code MET} is the door opening, not yet
 * where it leads. A merged contact is shown as its survivor in every introduction, as introducer or introduced.
 */
public final class IntroductionsFold {

    /** Newest first; of the same time, the later id first, so the order is the same on every request. */
    static final Comparator<IntroductionView> NEWEST_FIRST = Comparator
            .comparing(IntroductionView::occurredAt).thenComparing(IntroductionView::introductionId).reversed();

    /** Most introductions that led somewhere, then the best rate, then the most made, then by id. */
    static final Comparator<ConnectorView> BEST_CONNECTORS_FIRST = Comparator
            .comparingInt(ConnectorView::ledSomewhere).reversed()
            .thenComparing(ConnectorView::rate, Comparator.reverseOrder())
            .thenComparing(ConnectorView::introductions, Comparator.reverseOrder())
            .thenComparing(ConnectorView::introducerId);

    private IntroductionsFold() {
    }

    /** The facts of the first ledger opened in a history, as the projection would keep them. */
    public static Optional<LedgerFacts> fold(List<? extends LedgerEvent> history) {
        return LedgerFacts.fold(history);
    }

    /** Whether an outcome means the introduction led somewhere; a new outcome value must be placed here. */
    public static boolean ledSomewhere(IntroductionOutcome outcome) {
        return switch (outcome) {
            case OPPORTUNITY, HIRED, DEAL -> true;
            case MET, NO_RESPONSE, DECLINED -> false;
        };
    }

    /**
     * Every introduction, newest first, narrowed to those naming {@code contactId} in any part, made by
     * {@code introducerId} and that had {@code outcome} at some time; a null filter admits all. Contacts are given
     * as they count now.
     */
    public static List<IntroductionView> introductions(LedgerFacts facts, String contactId, String introducerId,
                                                       IntroductionOutcome outcome) {
        List<IntroductionView> listed = new ArrayList<>();
        for (KeptIntroduction introduction : facts.liveIntroductions()) {
            IntroductionMade made = introduction.made();
            boolean names = contactId == null || contactId.equals(made.introducerId())
                    || contactId.equals(made.personAId()) || contactId.equals(made.personBId());
            boolean madeBy = introducerId == null || introducerId.equals(made.introducerId());
            boolean had = outcome == null
                    || introduction.outcomes().stream().anyMatch(recorded -> recorded.outcome() == outcome);
            if (names && madeBy && had) {
                listed.add(view(facts, introduction));
            }
        }
        listed.sort(NEWEST_FIRST);
        return listed;
    }

    static IntroductionView view(LedgerFacts facts, KeptIntroduction introduction) {
        IntroductionMade made = introduction.made();
        List<Outcome> outcomes = introduction.outcomes();
        Outcome led = outcomes.stream().filter(outcome -> ledSomewhere(outcome.outcome())).findFirst().orElse(null);
        return new IntroductionView(made.introductionId(), made.introducerId(), facts.nameOf(made.introducerId()),
                                    made.personAId(), facts.nameOf(made.personAId()), made.personBId(),
                                    facts.nameOf(made.personBId()), made.purpose(), made.occurredAt(), outcomes,
                                    outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1).outcome(),
                                    led != null,
                                    led == null ? null : Duration.between(made.occurredAt(), led.occurredAt()).toDays());
    }

    /**
     * Everyone who made an introduction, me included, best connectors first. An introduction counts once under
     * each distinct outcome it had, and under {@code noOutcome} while it has none.
     */
    public static List<ConnectorView> connectors(LedgerFacts facts) {
        Map<String, List<KeptIntroduction>> byIntroducer = new LinkedHashMap<>();
        for (KeptIntroduction introduction : facts.liveIntroductions()) {
            byIntroducer.computeIfAbsent(introduction.made().introducerId(), id -> new ArrayList<>()).add(introduction);
        }
        List<ConnectorView> connectors = new ArrayList<>();
        byIntroducer.forEach((introducerId, made) -> connectors.add(connector(facts, introducerId, made)));
        connectors.sort(BEST_CONNECTORS_FIRST);
        return connectors;
    }

    private static ConnectorView connector(LedgerFacts facts, String introducerId, List<KeptIntroduction> made) {
        int[] byOutcome = new int[IntroductionOutcome.values().length];
        int led = 0;
        int noOutcome = 0;
        Instant last = null;
        for (KeptIntroduction introduction : made) {
            Set<IntroductionOutcome> had = EnumSet.noneOf(IntroductionOutcome.class);
            introduction.outcomes().forEach(outcome -> had.add(outcome.outcome()));
            had.forEach(outcome -> byOutcome[outcome.ordinal()]++);
            if (had.stream().anyMatch(IntroductionsFold::ledSomewhere)) {
                led++;
            }
            if (had.isEmpty()) {
                noOutcome++;
            }
            Instant at = introduction.made().occurredAt();
            last = last == null || at.isAfter(last) ? at : last;
        }
        return new ConnectorView(introducerId, facts.nameOf(introducerId), made.size(), led,
                                 (double) led / made.size(), count(byOutcome, IntroductionOutcome.MET),
                                 count(byOutcome, IntroductionOutcome.OPPORTUNITY),
                                 count(byOutcome, IntroductionOutcome.HIRED), count(byOutcome, IntroductionOutcome.DEAL),
                                 count(byOutcome, IntroductionOutcome.NO_RESPONSE),
                                 count(byOutcome, IntroductionOutcome.DECLINED), noOutcome, last);
    }

    private static int count(int[] byOutcome, IntroductionOutcome outcome) {
        return byOutcome[outcome.ordinal()];
    }

    /**
     * My own introductions, newest first, each with what passed afterwards (at or after the introduction's time)
     * between the two I introduced, and from either of them to me. What passed is a fact of the ledger, not a claim
     * that the introduction caused it.
     */
    public static List<MyIntroductionView> mine(LedgerFacts facts) {
        List<LedgerFacts.Favor> favors = facts.liveFavors();
        List<LedgerFacts.Meeting> meetings = facts.liveMeetings();
        List<MyIntroductionView> mine = new ArrayList<>();
        for (KeptIntroduction introduction : facts.liveIntroductions()) {
            if (introduction.made().introducerId().equals(facts.meId())) {
                mine.add(new MyIntroductionView(view(facts, introduction),
                                                afterwards(introduction.made(), facts.meId(), favors, meetings)));
            }
        }
        mine.sort(Comparator.comparing(MyIntroductionView::introduction, NEWEST_FIRST));
        return mine;
    }

    static Afterwards afterwards(IntroductionMade made, String meId, List<LedgerFacts.Favor> favors,
                                 List<LedgerFacts.Meeting> meetings) {
        String a = made.personAId();
        String b = made.personBId();
        if (a.equals(b)) {
            return new Afterwards(0, 0, 0, 0, 0);
        }
        int between = 0;
        double betweenValue = 0;
        int toMe = 0;
        double toMeValue = 0;
        for (LedgerFacts.Favor favor : favors) {
            if (favor.occurredAt().isBefore(made.occurredAt())) {
                continue;
            }
            boolean fromOne = favor.giverId().equals(a) || favor.giverId().equals(b);
            if (fromOne && (favor.receiverId().equals(a) || favor.receiverId().equals(b))
                && !favor.giverId().equals(favor.receiverId())) {
                between++;
                betweenValue += favor.value();
            } else if (fromOne && favor.receiverId().equals(meId)) {
                toMe++;
                toMeValue += favor.value();
            }
        }
        int together = (int) meetings.stream()
                .filter(meeting -> !meeting.occurredAt().isBefore(made.occurredAt())
                        && meeting.attendeeIds().contains(a) && meeting.attendeeIds().contains(b))
                .count();
        return new Afterwards(between, betweenValue, together, toMe, toMeValue);
    }
}
