package goodwill.query.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import goodwill.events.ContactAdded;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.reciprocity.BalanceView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reports folded from hand-built histories whose answers were worked out by hand (in the comments). */
class ReportsFoldTest {

    private static final String LEDGER = "l1";
    private static final String ME = "me";

    private final List<RecordedEvent> history = new ArrayList<>();

    private static Instant at(String day) {
        return Instant.parse(day + "T12:00:00Z");
    }

    /** The end of the day, as a report's {@code date=} means it. */
    private static Instant endOf(String day) {
        return ReportsController.moment("date", day);
    }

    private void recorded(String day, LedgerEvent event) {
        history.add(new RecordedEvent(event, "e" + (history.size() + 1), at(day), "tester"));
    }

    private void opened(String day) {
        recorded(day, new LedgerOpened(LEDGER, ME, "Me", at(day)));
    }

    private void contact(String day, String id, String occurredDay) {
        recorded(day, new ContactAdded(LEDGER, id, id.toUpperCase(), null, null, null, List.of(), null, at(occurredDay)));
    }

    private static FavorRecorded favor(String id, String giver, String receiver, FavorKind kind, int weight, boolean asked,
                                       String occurredDay, String reciprocates) {
        return new FavorRecorded(LEDGER, id, giver, receiver, kind, weight, asked, at(occurredDay), null, reciprocates, null);
    }

    private void gave(String recordedDay, String id, String to, int weight, String occurredDay) {
        recorded(recordedDay, favor(id, ME, to, FavorKind.ADVICE, weight, true, occurredDay, null));
    }

    private void received(String recordedDay, String id, String from, int weight, String occurredDay) {
        recorded(recordedDay, favor(id, from, ME, FavorKind.ADVICE, weight, true, occurredDay, null));
    }

    private AsOfReport report(String day, Basis basis) {
        return AsOfReport.of(LEDGER, ME, AsOf.slice(history, endOf(day), basis), endOf(day), basis);
    }

    private static Map<String, Double> balances(AsOfReport report) {
        return report.balances().balances().stream().collect(Collectors.toMap(BalanceView::contactId, BalanceView::balance));
    }

    @Test
    void aFavorRecordedLateChangesTheOccurredReportForAnEarlierDateButNotTheRecordedOne() {
        opened("2024-01-01");
        contact("2024-01-01", "ana", "2024-01-01");
        gave("2024-06-01", "f1", "ana", 2, "2024-02-01"); // done in February, recorded in June

        assertThat(balances(report("2024-03-01", Basis.OCCURRED))).containsEntry("ana", 2.0);
        assertThat(balances(report("2024-03-01", Basis.RECORDED))).containsEntry("ana", 0.0);
        assertThat(balances(report("2024-06-01", Basis.RECORDED))).containsEntry("ana", 2.0);
        assertThat(balances(report("2024-01-31", Basis.OCCURRED))).containsEntry("ana", 0.0);
    }

    @Test
    void aRetractionRecordedAfterTheDateDoesNotAffectTheRecordedReportAtThatDate() {
        opened("2024-01-01");
        contact("2024-01-01", "ana", "2024-01-01");
        gave("2024-02-01", "f1", "ana", 2, "2024-02-01");
        recorded("2024-04-01", new FavorRetracted(LEDGER, "f1", "never happened", at("2024-04-01")));

        assertThat(balances(report("2024-03-01", Basis.RECORDED))).containsEntry("ana", 2.0);
        assertThat(report("2024-03-01", Basis.RECORDED).owedToMe().contacts()).extracting("contactId").containsExactly("ana");
        assertThat(balances(report("2024-04-01", Basis.RECORDED))).containsEntry("ana", 0.0);
        // What happened, as known now: the favor never did.
        assertThat(balances(report("2024-03-01", Basis.OCCURRED))).containsEntry("ana", 0.0);
    }

    @Test
    void anAmendmentCountsOnTheOccurredBasisAtTheFavorsCorrectedTimeAndOnTheRecordedOneOnlyOnceRecorded() {
        opened("2024-01-01");
        contact("2024-01-01", "ana", "2024-01-01");
        gave("2024-02-01", "f1", "ana", 2, "2024-02-01");
        recorded("2024-05-01", new FavorAmended(LEDGER, "f1", "a1", null, null, null, 4, null, at("2024-04-15"), null,
                                                null, null, "later and bigger", at("2024-05-01")));

        assertThat(balances(report("2024-03-01", Basis.RECORDED))).containsEntry("ana", 2.0);
        assertThat(balances(report("2024-03-01", Basis.OCCURRED))).containsEntry("ana", 0.0);
        assertThat(balances(report("2024-04-20", Basis.OCCURRED))).containsEntry("ana", 4.0);
        assertThat(balances(report("2024-04-20", Basis.RECORDED))).containsEntry("ana", 2.0);
    }

    @Test
    void aContactEnteredLateWithAnOldHistoryCountsOnTheOccurredBasisFromTheirFirstFavor() {
        opened("2024-01-01");
        contact("2024-06-01", "bo", "2024-06-01"); // imported in June
        received("2024-06-01", "f1", "bo", 3, "2022-05-01");
        contact("2024-06-01", "cy", "2024-06-01");

        AsOfReport then = report("2023-01-01", Basis.OCCURRED);

        assertThat(balances(then)).containsOnlyKeys("bo").containsEntry("bo", -3.0);
        assertThat(then.advocates().advocates()).extracting("contactId").containsExactly("bo");
        assertThat(balances(report("2023-01-01", Basis.RECORDED))).isEmpty();
    }

    @Test
    void aComparisonSaysWhoseBalanceMovedWithTheEventsThatMadeTheDifference() {
        opened("2024-01-01");
        contact("2024-01-01", "ana", "2024-01-01");
        contact("2024-01-01", "bo", "2024-01-01");
        received("2024-01-10", "f1", "bo", 5, "2024-01-10");
        gave("2024-06-01", "f2", "ana", 2, "2024-02-01");

        Instant from = endOf("2024-01-31");
        Instant to = endOf("2024-03-01");
        List<RecordedEvent> earlier = AsOf.slice(history, from, Basis.OCCURRED);
        List<RecordedEvent> later = AsOf.slice(history, to, Basis.OCCURRED);
        ComparisonReport comparison = ComparisonReport.of(AsOfReport.of(LEDGER, ME, earlier, from, Basis.OCCURRED), earlier,
                                                          AsOfReport.of(LEDGER, ME, later, to, Basis.OCCURRED), later);

        assertThat(comparison.balancesMoved()).containsExactly("ana");
        ContactChange ana = comparison.changes().stream().filter(c -> c.contactId().equals("ana")).findFirst().orElseThrow();
        assertThat(ana.balanceFrom()).isEqualTo(0.0);
        assertThat(ana.balanceTo()).isEqualTo(2.0);
        assertThat(ana.balanceChange()).isEqualTo(2.0);
        assertThat(ana.events()).extracting(ChangedEvent::type, ChangedEvent::eventId)
                                .containsExactly(tuple("FavorRecorded", "e5"));
        // bo's score decayed a little over a month, without any event: bo is listed, with no events.
        ContactChange bo = comparison.changes().stream().filter(c -> c.contactId().equals("bo")).findFirst().orElseThrow();
        assertThat(bo.events()).isEmpty();
        assertThat(bo.scoreTo()).isLessThan(bo.scoreFrom());
        assertThat(comparison.csvTable().rows()).hasSize(comparison.changes().size());
    }

    @Test
    void theReciprocationLagIsMeasuredAcrossYearsOverallAndPerKindOfTheFavorReciprocated() {
        opened("2022-01-01");
        contact("2022-01-01", "ana", "2022-01-01");
        contact("2022-01-01", "bo", "2022-01-01");
        recorded("2022-12-20", favor("f1", ME, "ana", FavorKind.ADVICE, 2, true, "2022-12-20", null));
        recorded("2023-03-01", favor("f3", ME, "bo", FavorKind.REFERRAL, 3, true, "2023-03-01", null));
        recorded("2023-03-11", favor("f4", "bo", ME, FavorKind.ADVICE, 1, true, "2023-03-11", "f3"));
        // 2022-12-20 to 2023-12-20 is 365 days, and 21 more to 2024-01-10: 386.
        recorded("2024-01-10", favor("f2", "ana", ME, FavorKind.SUPPORT, 2, true, "2024-01-10", "f1"));

        TrailingReturns returns = TrailingReturns.of(LEDGER, events(), at("2024-12-31"), CohortPeriod.QUARTER);

        // lags 10 and 386: nearest rank, the median is the 1st of 2, p90 the 2nd.
        assertThat(returns.reciprocationLags()).containsExactly(new LagStats(null, 2, 10L, 386L, 386L),
                                                                new LagStats("REFERRAL", 1, 10L, 10L, 10L),
                                                                new LagStats("ADVICE", 1, 386L, 386L, 386L));
        RelationshipReturn ana = returns.relationships().get(0);
        assertThat(ana.contactId()).isEqualTo("ana");
        assertThat(ana.firstInvestment()).isEqualTo(new RelationshipReturn.Moment("f1", at("2022-12-20")));
        assertThat(ana.firstReturn()).isEqualTo(new RelationshipReturn.Moment("f2", at("2024-01-10")));
        assertThat(ana.lagDays()).isEqualTo(386L);
        assertThat(ana.months()).extracting(RelationshipReturn.MonthTotals::givenToDate, RelationshipReturn.MonthTotals::receivedToDate)
                                .containsExactly(tuple(2.0, 0.0),
                                                 tuple(2.0, 2.0));
    }

    @Test
    void cohortsOfFirstInvestmentsReadLikeARetentionTable() {
        opened("2023-01-01");
        for (String contact : List.of("ana", "bo", "cy", "dee")) {
            contact("2023-01-01", contact, "2023-01-01");
        }
        received("2023-01-01", "c0", "cy", 5, "2023-01-01"); // before I invested in cy: not a return
        gave("2023-01-15", "a1", "ana", 2, "2023-01-15");
        received("2023-03-01", "a2", "ana", 2, "2023-03-01"); // 1.5 months after
        received("2023-12-01", "a3", "ana", 4, "2023-12-01"); // 10.5 months after
        gave("2023-02-10", "b1", "bo", 1, "2023-02-10");
        recorded("2023-09-01", favor("b2", "bo", ME, FavorKind.ADVICE, 1, false, "2023-09-01", null)); // unasked: 1.5
        gave("2023-03-31", "y1", "cy", 1, "2023-03-31");
        gave("2023-04-02", "d1", "dee", 1, "2023-04-02");
        received("2023-05-01", "d2", "dee", 3, "2023-05-01");

        TrailingReturns returns = TrailingReturns.of(LEDGER, events(), at("2024-12-31"), CohortPeriod.QUARTER);

        assertThat(returns.cohorts()).containsExactly(
                new Cohort("2023-Q1", LocalDate.of(2023, 1, 1), 3, List.of(
                        new Cohort.Cell(3, true, 1, 0.333, 2.0),
                        new Cohort.Cell(6, true, 1, 0.333, 2.0),
                        new Cohort.Cell(12, true, 2, 0.667, 7.5),
                        new Cohort.Cell(24, false, null, null, null))),   // 2023-04-01 + 24 months is after the end of 2024
                new Cohort("2023-Q2", LocalDate.of(2023, 4, 1), 1, List.of(
                        new Cohort.Cell(3, true, 1, 1.0, 3.0),
                        new Cohort.Cell(6, true, 1, 1.0, 3.0),
                        new Cohort.Cell(12, true, 1, 1.0, 3.0),
                        new Cohort.Cell(24, false, null, null, null))));
        assertThat(returns.csv(TrailingReturns.Section.COHORTS).csvTable().rows()).hasSize(8);
        assertThat(TrailingReturns.of(LEDGER, events(), at("2024-12-31"), CohortPeriod.MONTH).cohorts())
                .extracting(Cohort::cohort, Cohort::size)
                .containsExactly(tuple("2023-01", 1), tuple("2023-02", 1),
                                 tuple("2023-03", 1), tuple("2023-04", 1));
    }

    private List<LedgerEvent> events() {
        return history.stream().map(RecordedEvent::event).toList();
    }
}
