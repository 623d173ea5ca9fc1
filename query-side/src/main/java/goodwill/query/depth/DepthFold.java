package goodwill.query.depth;

import goodwill.events.IntroductionMade;
import goodwill.events.LedgerEvent;
import goodwill.query.facts.KeptIntroduction;
import goodwill.query.facts.LedgerFacts;
import goodwill.query.facts.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of the breadth and depth report, as pure functions over a ledger's {@link LedgerFacts} and
 * an explicit {@code asOf}: no I/O, no clock, nothing time-dependent stored. The projection keeps the facts; a
 * report folds a history up to a date with {@link #fold}; tests fold lists of events.
 * <p>
 * Only what happened by {@code asOf} counts, and only contacts added by then are in the report; me and contacts
 * merged away are never in it (a merged contact's history, earlier and later, is its survivor's), archived ones
 * are, since their history is part of the network, but are no ties to renew.
 * <ul>
 *   <li>Depth: {@link Depth}.</li>
 *   <li>Top-decile share: the contacts ranked by what I received from them (weighted), the first tenth of them
 *       rounded up (at least one) are the top; share = what they gave / what everyone gave, null when nobody
 *       gave anything.</li>
 *   <li>Dormant ties worth renewing: contacts who mattered (what I received from them, weighted, is at least
 *       {@value #MATTERED_AT_LEAST}) and in whom I have not invested (a favor I did them, a meeting we both
 *       attended, an introduction I made naming them) for at least {@value #DORMANT_MONTHS} whole months before
 *       {@code asOf}; never, counts from our first interaction. Not archived ones. Ranked by how much they
 *       mattered.</li>
 * </ul>
 */
public final class DepthFold {

    /** What I must have received from a contact, weighted, for them to have mattered. */
    public static final double MATTERED_AT_LEAST = 6.0;

    /** Whole months without my investment that make a tie dormant. */
    public static final int DORMANT_MONTHS = 12;

    static final Comparator<ContactDepth> DEEPEST_FIRST = Comparator
            .comparing(ContactDepth::depth, Comparator.reverseOrder())
            .thenComparing(ContactDepth::received, Comparator.reverseOrder())
            .thenComparing(contact -> contact.name() == null ? "" : contact.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ContactDepth::contactId);

    private DepthFold() {
    }

    /** The facts of the first ledger opened in a history, as the projection would keep them. */
    public static Optional<LedgerFacts> fold(List<? extends LedgerEvent> history) {
        return LedgerFacts.fold(history);
    }

    /** Me's relationship with every contact in the report as of {@code asOf}, in the order contacts came. */
    public static List<Relationship> relationships(LedgerFacts facts, Instant asOf) {
        String meId = facts.meId();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Person person : facts.contacts()) {
            if (!person.addedAt().isAfter(asOf)) {
                tallies.put(person.contactId(), new Tally());
            }
        }
        for (LedgerFacts.Favor favor : facts.liveFavors()) {
            if (!favor.occurredAt().isAfter(asOf)) {
                if (favor.giverId().equals(meId)) {
                    tally(tallies, favor.receiverId()).given(favor.value(), favor.occurredAt());
                } else if (favor.receiverId().equals(meId)) {
                    tally(tallies, favor.giverId()).received(favor.value(), favor.occurredAt());
                }
            }
        }
        for (LedgerFacts.Meeting meeting : facts.liveMeetings()) {
            if (!meeting.occurredAt().isAfter(asOf) && meeting.attendeeIds().contains(meId)) {
                meeting.attendeeIds().forEach(attendeeId -> tally(tallies, attendeeId).touched(meeting.occurredAt(), true));
            }
        }
        for (KeptIntroduction introduction : facts.liveIntroductions()) {
            IntroductionMade made = introduction.made();
            Set<String> named = new HashSet<>(List.of(made.introducerId(), made.personAId(), made.personBId()));
            if (!made.occurredAt().isAfter(asOf) && named.contains(meId)) {
                boolean mine = made.introducerId().equals(meId);
                named.forEach(contactId -> tally(tallies, contactId).touched(made.occurredAt(), mine));
            }
        }
        List<Relationship> relationships = new ArrayList<>();
        tallies.forEach((contactId, tally) -> relationships.add(tally.relationship(facts, contactId)));
        return relationships;
    }

    /** Me, or anyone else not in the report, is tallied on a tally nobody reads. */
    private static Tally tally(Map<String, Tally> tallies, String contactId) {
        Tally tally = tallies.get(contactId);
        return tally != null ? tally : new Tally();
    }

    /** The report as of {@code asOf}; {@code only}, when given, narrows the contacts listed and nothing else. */
    public static DepthView report(LedgerFacts facts, Instant asOf, Depth only) {
        List<Relationship> relationships = relationships(facts, asOf);
        Map<Depth, Integer> counts = new EnumMap<>(Depth.class);
        for (Depth depth : Depth.values()) {
            counts.put(depth, 0);
        }
        List<ContactDepth> contacts = new ArrayList<>();
        for (Relationship relationship : relationships) {
            Depth depth = relationship.depth();
            counts.merge(depth, 1, Integer::sum);
            if (only == null || only == depth) {
                contacts.add(ContactDepth.of(relationship));
            }
        }
        contacts.sort(DEEPEST_FIRST);
        return new DepthView(facts.ledgerId(), asOf, counts, topDecileShare(relationships),
                             dormantTies(relationships, asOf), contacts);
    }

    static TopDecileShare topDecileShare(List<Relationship> relationships) {
        int top = (relationships.size() + 9) / 10;
        List<Double> received = relationships.stream().map(Relationship::received)
                                             .sorted(Comparator.reverseOrder()).toList();
        double total = received.stream().mapToDouble(Double::doubleValue).sum();
        double fromTop = received.stream().limit(top).mapToDouble(Double::doubleValue).sum();
        return new TopDecileShare(top, fromTop, total, total == 0 ? null : fromTop / total);
    }

    static List<DormantTie> dormantTies(List<Relationship> relationships, Instant asOf) {
        List<DormantTie> dormant = new ArrayList<>();
        for (Relationship relationship : relationships) {
            if (relationship.archived() || relationship.received() < MATTERED_AT_LEAST) {
                continue;
            }
            Instant since = relationship.lastInvestedAt() != null ? relationship.lastInvestedAt() : relationship.firstAt();
            long months = wholeMonths(since, asOf);
            if (months >= DORMANT_MONTHS) {
                dormant.add(DormantTie.of(relationship, relationship.lastInvestedAt() == null ? null : months, asOf));
            }
        }
        dormant.sort(Comparator.comparing(DormantTie::mattered, Comparator.reverseOrder())
                               .thenComparing(DormantTie::contactId));
        return dormant;
    }

    static long wholeMonths(Instant from, Instant to) {
        return ChronoUnit.MONTHS.between(LocalDate.ofInstant(from, ZoneOffset.UTC), LocalDate.ofInstant(to, ZoneOffset.UTC));
    }

    /** One contact's relationship being counted. */
    private static final class Tally {

        private final Set<YearMonth> months = new HashSet<>();
        private int interactions;
        private double given;
        private double received;
        private Instant firstAt;
        private Instant lastAt;
        private Instant lastReceivedAt;
        private Instant lastInvestedAt;

        void given(double value, Instant at) {
            given += value;
            touched(at, true);
        }

        void received(double value, Instant at) {
            received += value;
            lastReceivedAt = latest(lastReceivedAt, at);
            touched(at, false);
        }

        void touched(Instant at, boolean invested) {
            interactions++;
            months.add(YearMonth.from(at.atZone(ZoneOffset.UTC)));
            firstAt = firstAt == null || at.isBefore(firstAt) ? at : firstAt;
            lastAt = latest(lastAt, at);
            if (invested) {
                lastInvestedAt = latest(lastInvestedAt, at);
            }
        }

        private static Instant latest(Instant latest, Instant at) {
            return latest == null || at.isAfter(latest) ? at : latest;
        }

        Relationship relationship(LedgerFacts facts, String contactId) {
            return new Relationship(contactId, facts.nameOf(contactId), facts.people().get(contactId).archived(),
                                    interactions, months.size(), given, received, firstAt, lastAt, lastReceivedAt,
                                    lastInvestedAt);
        }
    }
}
