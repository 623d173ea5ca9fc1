package goodwill.query.reports;

import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerEvent;
import goodwill.query.facts.KeptFavor;
import goodwill.query.facts.LedgerFacts;
import goodwill.query.introductions.IntroductionsFold;
import goodwill.query.introductions.MyIntroductionView;
import goodwill.query.introductions.MyIntroductionsView;
import goodwill.query.reciprocity.Exchange;
import goodwill.query.reciprocity.Exchange.Direction;
import goodwill.query.reciprocity.ReciprocityBalance;
import goodwill.query.reciprocity.ReciprocityHistory;
import goodwill.query.web.CsvRows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Return as a trailing measure, read from a ledger's whole history as it stands (corrections applied, merged
 * contacts counted for their survivors): what each relationship returned and how long after I first invested, how
 * long reciprocations take, cohorts of relationships by when I first invested in them, and what my introductions
 * led to. Pure: {@code asOf} (the moment asked) only decides which cohort cells are known yet.
 *
 * @param relationships     every contact with a favor either way, by first investment (none last), then contact id
 * @param reciprocationLags from each favor to a favor that names it as the one it reciprocates, both not retracted,
 *                          in the whole ledger: overall (kind null), then per kind of the favor reciprocated
 * @param cohorts           by period, oldest first
 * @param introductions     the introductions I made, newest first, with what passed afterwards between the two and
 *                          back to me (as {@code …/introductions/mine} shows them)
 */
public record TrailingReturns(String ledgerId,
                              String meId,
                              Instant asOf,
                              CohortPeriod period,
                              List<RelationshipReturn> relationships,
                              List<LagStats> reciprocationLags,
                              List<Cohort> cohorts,
                              List<MyIntroductionView> introductions) {

    /** The horizons of a cohort's cells, in months after each first investment. */
    public static final List<Integer> HORIZONS = List.of(3, 6, 12, 24);

    /** The parts of the report, each its own CSV. */
    public enum Section {
        RELATIONSHIPS, MONTHS, LAGS, COHORTS, INTRODUCTIONS
    }

    public static TrailingReturns of(String ledgerId, List<? extends LedgerEvent> history, Instant asOf,
                                     CohortPeriod period) {
        ReciprocityHistory reciprocity = ReciprocityHistory.folded(ledgerId, history);
        List<RelationshipReturn> relationships = new ArrayList<>();
        List<ReciprocityBalance> listed = reciprocity.ledger() == null ? List.of() : reciprocity.listed();
        for (ReciprocityBalance balance : listed) {
            if (!balance.exchanges().isEmpty()) {
                relationships.add(relationship(balance));
            }
        }
        relationships.sort(Comparator.comparing((RelationshipReturn r) -> r.firstInvestment() == null ? null
                                                        : r.firstInvestment().occurredAt(),
                                                Comparator.nullsLast(Comparator.naturalOrder()))
                                     .thenComparing(RelationshipReturn::contactId));
        Optional<LedgerFacts> facts = LedgerFacts.fold(history);
        return new TrailingReturns(ledgerId, reciprocity.ledger() == null ? null : reciprocity.ledger().meId(), asOf,
                                   period, relationships, facts.map(TrailingReturns::lags).orElse(List.of()),
                                   cohorts(listed, asOf, period),
                                   facts.map(IntroductionsFold::mine).orElse(List.of()));
    }

    /** The rows of one section, for CSV. */
    public CsvRows csv(Section section) {
        return switch (section) {
            case RELATIONSHIPS -> new CsvRows.Table<>(relationships.stream().map(RelationshipReturn::row).toList(),
                                                      RelationshipReturn.Row.class);
            case MONTHS -> new CsvRows.Table<>(relationships.stream().flatMap(r -> r.monthRows().stream()).toList(),
                                               RelationshipReturn.MonthRow.class);
            case LAGS -> new CsvRows.Table<>(reciprocationLags, LagStats.class);
            case COHORTS -> new CsvRows.Table<>(cohorts.stream().flatMap(c -> c.rows().stream()).toList(),
                                                Cohort.Row.class);
            case INTRODUCTIONS -> new MyIntroductionsView(ledgerId, meId, introductions);
        };
    }

    private static RelationshipReturn relationship(ReciprocityBalance balance) {
        List<Exchange> exchanges = inTimeOrder(balance);
        Exchange invested = firstInvestment(exchanges).orElse(null);
        Exchange returned = invested == null ? null : returnsAfter(exchanges, invested).findFirst().orElse(null);
        Map<YearMonth, double[]> byMonth = new TreeMap<>();
        double given = 0;
        double received = 0;
        for (Exchange exchange : exchanges) {
            if (exchange.direction() == Direction.GIVEN) {
                given += exchange.value();
            } else {
                received += exchange.value();
            }
            byMonth.put(YearMonth.from(exchange.occurredAt().atZone(ZoneOffset.UTC)), new double[] {given, received});
        }
        List<RelationshipReturn.MonthTotals> months = new ArrayList<>();
        byMonth.forEach((month, totals) -> months.add(new RelationshipReturn.MonthTotals(month, totals[0], totals[1])));
        return new RelationshipReturn(balance.contactId(), balance.displayName(), moment(invested), moment(returned),
                                      invested == null || returned == null ? null
                                        : Duration.between(invested.occurredAt(), returned.occurredAt()).toDays(),
                                balance.given(), balance.received(), months);
    }

    private static List<Exchange> inTimeOrder(ReciprocityBalance balance) {
        return balance.exchanges().stream()
                      .sorted(Comparator.comparing(Exchange::occurredAt).thenComparing(Exchange::favorId))
                      .toList();
    }

    private static Optional<Exchange> firstInvestment(List<Exchange> inTimeOrder) {
        return inTimeOrder.stream().filter(exchange -> exchange.direction() == Direction.GIVEN).findFirst();
    }

    /** The favors the contact did me after {@code invested}, in time order. */
    private static Stream<Exchange> returnsAfter(List<Exchange> inTimeOrder, Exchange invested) {
        return inTimeOrder.stream().filter(exchange -> exchange.direction() == Direction.RECEIVED
                && exchange.occurredAt().isAfter(invested.occurredAt()));
    }

    private static RelationshipReturn.Moment moment(Exchange exchange) {
        return exchange == null ? null : new RelationshipReturn.Moment(exchange.favorId(), exchange.occurredAt());
    }

    private static List<LagStats> lags(LedgerFacts facts) {
        List<Long> all = new ArrayList<>();
        Map<FavorKind, List<Long>> byKind = new EnumMap<>(FavorKind.class);
        for (KeptFavor kept : facts.favors().values()) {
            FavorRecorded favor = kept.favor();
            KeptFavor reciprocated = favor.reciprocatesFavorId() == null ? null
                    : facts.favors().get(favor.reciprocatesFavorId());
            if (kept.retracted() || reciprocated == null || reciprocated.retracted()) {
                continue;
            }
            long lag = Duration.between(reciprocated.favor().occurredAt(), favor.occurredAt()).toDays();
            all.add(lag);
            byKind.computeIfAbsent(reciprocated.favor().kind(), kind -> new ArrayList<>()).add(lag);
        }
        List<LagStats> lags = new ArrayList<>();
        lags.add(LagStats.of(null, all));
        byKind.forEach((kind, kindLags) -> lags.add(LagStats.of(kind.name(), kindLags)));
        return lags;
    }

    private static List<Cohort> cohorts(List<ReciprocityBalance> listed, Instant asOf, CohortPeriod period) {
        Map<LocalDate, List<List<Exchange>>> byPeriod = new TreeMap<>();
        for (ReciprocityBalance balance : listed) {
            List<Exchange> exchanges = inTimeOrder(balance);
            firstInvestment(exchanges).ifPresent(invested -> byPeriod
                    .computeIfAbsent(period.startOf(LocalDate.ofInstant(invested.occurredAt(), ZoneOffset.UTC)),
                                     start -> new ArrayList<>())
                    .add(exchanges));
        }
        List<Cohort> cohorts = new ArrayList<>();
        byPeriod.forEach((start, members) -> {
            Instant end = period.endOf(start).atStartOfDay(ZoneOffset.UTC).toInstant();
            List<Cohort.Cell> cells = new ArrayList<>();
            for (int months : HORIZONS) {
                boolean known = !end.atZone(ZoneOffset.UTC).plusMonths(months).toInstant().isAfter(asOf);
                cells.add(known ? cell(members, months) : new Cohort.Cell(months, false, null, null, null));
            }
            cohorts.add(new Cohort(period.label(start), start, members.size(), cells));
        });
        return cohorts;
    }

    private static Cohort.Cell cell(List<List<Exchange>> members, int months) {
        int returned = 0;
        double received = 0;
        for (List<Exchange> exchanges : members) {
            Exchange invested = firstInvestment(exchanges).orElseThrow();
            Instant horizon = invested.occurredAt().atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
            List<Exchange> within = returnsAfter(exchanges, invested)
                    .filter(exchange -> !exchange.occurredAt().isAfter(horizon)).toList();
            returned += within.isEmpty() ? 0 : 1;
            received += within.stream().mapToDouble(Exchange::value).sum();
        }
        return new Cohort.Cell(months, true, returned, Math.round(1000.0 * returned / members.size()) / 1000.0, received);
    }
}
