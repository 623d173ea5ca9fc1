package goodwill.query.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import goodwill.events.FavorKind;
import goodwill.events.IntroductionOutcome;
import goodwill.events.LedgerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvocacyFormulaTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T12:00:00Z");
    private static final AdvocacyFormula FORMULA = AdvocacyFormula.current();

    private int sequence;

    private static Instant daysBefore(long days) {
        return AS_OF.minus(Duration.ofDays(days));
    }

    private Fact favor(Factor factor, int weight, boolean asked, Instant at) {
        String id = "f" + ++sequence;
        return new Fact("favor:" + id, factor, "FavorRecorded", id, at, weight, asked, null);
    }

    private Fact introduced(Instant at) {
        String id = "i" + ++sequence;
        return new Fact("introduction:" + id, Factor.INTRODUCED_ME, "IntroductionMade", id, at, 0, false, null);
    }

    private Fact outcome(IntroductionOutcome outcome, Instant at) {
        String id = "i" + ++sequence;
        return new Fact("introduction:" + id + "/o1", Factor.INTRODUCTION_LED_SOMEWHERE, "IntroductionOutcomeRecorded",
                        id, at, 0, false, outcome);
    }

    private Fact promise(boolean kept, Instant at) {
        String id = "c" + ++sequence;
        return new Fact("commitment:" + id, kept ? Factor.COMMITMENT_KEPT : Factor.COMMITMENT_BROKEN,
                        kept ? "CommitmentKept" : "CommitmentBroken", id, at, 0, false, null);
    }

    private static ContactFacts contact(String contactId, Fact... facts) {
        return new ContactFacts("team", contactId, "Name " + contactId, false, List.of(facts), List.of());
    }

    private static Score score(Fact... facts) {
        return FORMULA.score(contact("bo", facts), AS_OF);
    }

    @Test
    void helpOnMyBehalfWeighsTwiceAFavorForMeAndUnaskedHelpHalfAsMuchAgain() {
        assertThat(FORMULA.points(favor(Factor.ON_MY_BEHALF, 4, false, AS_OF))).isEqualTo(12.0);
        assertThat(FORMULA.points(favor(Factor.ON_MY_BEHALF, 4, true, AS_OF))).isEqualTo(8.0);
        assertThat(FORMULA.points(favor(Factor.FAVOR_FOR_ME, 4, false, AS_OF))).isEqualTo(6.0);
        assertThat(FORMULA.points(favor(Factor.FAVOR_FOR_ME, 4, true, AS_OF))).isEqualTo(4.0);
    }

    @Test
    void anIntroductionOfMeIsWorthMoreWhenItLedSomewhere() {
        assertThat(FORMULA.points(introduced(AS_OF))).isEqualTo(6.0);
        assertThat(FORMULA.points(outcome(IntroductionOutcome.MET, AS_OF))).isEqualTo(2.0);
        assertThat(FORMULA.points(outcome(IntroductionOutcome.OPPORTUNITY, AS_OF))).isEqualTo(3.0);
        assertThat(FORMULA.points(outcome(IntroductionOutcome.HIRED, AS_OF))).isEqualTo(5.0);
        assertThat(FORMULA.points(outcome(IntroductionOutcome.DEAL, AS_OF))).isEqualTo(5.0);
        assertThat(FORMULA.points(promise(true, AS_OF))).isZero();
    }

    @Test
    void pointsHalveEveryHalfLife() {
        assertThat(FORMULA.decay(AS_OF, AS_OF)).isEqualTo(1.0);
        assertThat(FORMULA.decay(daysBefore(365), AS_OF)).isCloseTo(0.5, within(1e-9));
        assertThat(FORMULA.decay(daysBefore(730), AS_OF)).isCloseTo(0.25, within(1e-9));
        assertThat(score(favor(Factor.ON_MY_BEHALF, 4, false, daysBefore(365))).score()).isCloseTo(6.0, within(1e-9));
    }

    @Test
    void whatHadNotHappenedYetCountsNothing() {
        Score score = score(favor(Factor.ON_MY_BEHALF, 4, false, AS_OF.plusSeconds(1)), promise(false, AS_OF.plusSeconds(1)));

        assertThat(score.score()).isZero();
        assertThat(score.facts()).isEmpty();
        assertThat(score.reliability()).isEqualTo(1.0);
    }

    @Test
    void keptPromisesRaiseTheScoreAndBrokenOnesLowerItWithoutEverZeroingIt() {
        assertThat(FORMULA.reliability(0, 0)).isEqualTo(1.0);
        assertThat(FORMULA.reliability(1, 0)).isCloseTo(7.0 / 6, within(1e-9));
        assertThat(FORMULA.reliability(0, 1)).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(FORMULA.reliability(1, 1)).isEqualTo(1.0);
        assertThat(FORMULA.reliability(0, 50)).isGreaterThan(0.5);
        assertThat(FORMULA.reliability(50, 0)).isLessThan(1.5);

        Score broken = score(favor(Factor.ON_MY_BEHALF, 4, false, AS_OF), promise(false, AS_OF));
        assertThat(broken.score()).isCloseTo(10.0, within(1e-9));
        assertThat(broken.commitmentsBroken()).isEqualTo(1);
    }

    @Test
    void theBreakdownHasEveryFactorAndAddsUpToTheScore() {
        Score score = score(favor(Factor.ON_MY_BEHALF, 4, false, AS_OF), favor(Factor.FAVOR_FOR_ME, 2, true, AS_OF),
                            introduced(daysBefore(365)), outcome(IntroductionOutcome.HIRED, AS_OF),
                            promise(true, AS_OF), promise(true, AS_OF));

        assertThat(score.breakdown()).extracting(FactorPoints::factor).containsExactly(
                Factor.ON_MY_BEHALF, Factor.FAVOR_FOR_ME, Factor.INTRODUCED_ME, Factor.INTRODUCTION_LED_SOMEWHERE,
                Factor.RELIABILITY);
        assertThat(score.breakdown()).extracting(FactorPoints::count).containsExactly(1, 1, 1, 1, 2);
        assertThat(score.breakdown().get(2).points()).isCloseTo(3.0, within(1e-9));
        double decayed = 12 + 2 + 3 + 5;
        assertThat(score.reliability()).isCloseTo(1.25, within(1e-9));
        assertThat(score.breakdown().get(4).points()).isCloseTo(decayed * 0.25, within(1e-9));
        assertThat(score.score()).isCloseTo(decayed * 1.25, within(1e-9))
                .isCloseTo(score.breakdown().stream().mapToDouble(FactorPoints::points).sum(), within(1e-9));
    }

    @Test
    void theFactsBehindAScoreComeNewestFirstWithTheirPointsBeforeAndAfterDecay() {
        Score score = score(favor(Factor.FAVOR_FOR_ME, 2, true, daysBefore(365)), favor(Factor.ON_MY_BEHALF, 2, true, AS_OF));

        assertThat(score.facts()).extracting(scored -> scored.fact().sourceId()).containsExactly("f2", "f1");
        assertThat(score.facts().get(1).points()).isEqualTo(2.0);
        assertThat(score.facts().get(1).decayedPoints()).isCloseTo(1.0, within(1e-9));
    }

    /** Six recent facts worth exactly 60: three of them on my behalf, the rest favors for me. */
    private List<Fact> worthSixty(Instant onMyBehalfAt) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            facts.add(favor(Factor.ON_MY_BEHALF, 5, true, onMyBehalfAt)); // 10 each
        }
        facts.add(favor(Factor.FAVOR_FOR_ME, 4, false, AS_OF)); // 6
        for (int i = 0; i < 8; i++) {
            facts.add(favor(Factor.FAVOR_FOR_ME, 3, true, AS_OF)); // 3 each
        }
        return facts;
    }

    @Test
    void anAdvocateHasAHighScoreRepeatedActsAndRecentlyActedOnMyBehalf() {
        List<Fact> sixty = worthSixty(AS_OF);
        assertThat(score(sixty.toArray(Fact[]::new)).score()).isEqualTo(60.0);
        assertThat(score(sixty.toArray(Fact[]::new)).tier()).isEqualTo(Tier.ADVOCATE);

        List<Fact> belowSixty = new ArrayList<>(sixty);
        belowSixty.set(3, favor(Factor.FAVOR_FOR_ME, 4, true, AS_OF)); // 4 instead of 6
        assertThat(score(belowSixty.toArray(Fact[]::new)).tier()).isEqualTo(Tier.ALLY);
    }

    @Test
    void anAdvocatesLastActOnMyBehalfIsAtMostTwoYearsOld() {
        List<Fact> atTheLimit = new ArrayList<>(worthSixty(AS_OF));
        atTheLimit.subList(0, 3).clear();
        atTheLimit.add(favor(Factor.ON_MY_BEHALF, 5, false, daysBefore(730)));
        atTheLimit.add(favor(Factor.FAVOR_FOR_ME, 5, false, AS_OF));
        atTheLimit.add(favor(Factor.FAVOR_FOR_ME, 5, false, AS_OF));
        atTheLimit.add(favor(Factor.FAVOR_FOR_ME, 5, false, AS_OF));
        atTheLimit.add(favor(Factor.FAVOR_FOR_ME, 5, false, AS_OF));
        assertThat(score(atTheLimit.toArray(Fact[]::new)).score()).isGreaterThan(60);
        assertThat(score(atTheLimit.toArray(Fact[]::new)).tier()).isEqualTo(Tier.ADVOCATE);

        atTheLimit.set(atTheLimit.size() - 5, favor(Factor.ON_MY_BEHALF, 5, false, daysBefore(731)));
        assertThat(score(atTheLimit.toArray(Fact[]::new)).tier()).isEqualTo(Tier.ALLY);
    }

    @Test
    void anAdvocateActedAtLeastThreeTimes() {
        Fact[] twice = {favor(Factor.ON_MY_BEHALF, 5, false, AS_OF), introduced(AS_OF),
                        outcome(IntroductionOutcome.DEAL, AS_OF), outcome(IntroductionOutcome.HIRED, AS_OF),
                        outcome(IntroductionOutcome.HIRED, AS_OF), outcome(IntroductionOutcome.HIRED, AS_OF),
                        outcome(IntroductionOutcome.HIRED, AS_OF), outcome(IntroductionOutcome.HIRED, AS_OF),
                        outcome(IntroductionOutcome.HIRED, AS_OF), outcome(IntroductionOutcome.HIRED, AS_OF)};
        assertThat(score(twice).score()).isGreaterThanOrEqualTo(60);
        assertThat(score(twice).tier()).isEqualTo(Tier.ALLY);
    }

    @Test
    void anAllyHasAScoreOfAtLeastSixAndAnAcquaintanceLess() {
        assertThat(score(favor(Factor.ON_MY_BEHALF, 2, false, AS_OF)).tier()).isEqualTo(Tier.ALLY);
        assertThat(score(favor(Factor.FAVOR_FOR_ME, 5, true, AS_OF)).tier()).isEqualTo(Tier.ACQUAINTANCE);
        assertThat(score().tier()).isEqualTo(Tier.ACQUAINTANCE);
    }

    @Test
    void aDormantTieMatteredOnceAndHasDoneNothingForEighteenMonths() {
        Fact[] fifteen = {favor(Factor.ON_MY_BEHALF, 5, true, daysBefore(600)), favor(Factor.FAVOR_FOR_ME, 5, true, daysBefore(548))};
        assertThat(score(fifteen).tier()).isEqualTo(Tier.DORMANT);

        Fact[] notQuietLongEnough = {fifteen[0], favor(Factor.FAVOR_FOR_ME, 5, true, daysBefore(547))};
        assertThat(score(notQuietLongEnough).tier()).isEqualTo(Tier.ACQUAINTANCE);

        Fact[] fourteen = {fifteen[0], favor(Factor.FAVOR_FOR_ME, 4, true, daysBefore(548))};
        assertThat(score(fourteen).tier()).isEqualTo(Tier.ACQUAINTANCE);

        Fact[] keptAPromiseSince = {fifteen[0], fifteen[1], promise(true, AS_OF)};
        assertThat(score(keptAPromiseSince).tier()).as("a promise is no act").isEqualTo(Tier.DORMANT);
    }

    @Test
    void theRankingLeavesOutMeAndMergedContactsAndSortsByRoundedScoreThenName() {
        AdvocacyLedger ledger = AdvocacyLedger.opened("team", "me").withMerged("zed", "ann");
        List<ContactFacts> contacts = List.of(
                new ContactFacts("team", "me", "Ana Lopez", false, List.of(favor(Factor.ON_MY_BEHALF, 5, false, AS_OF)), List.of()),
                new ContactFacts("team", "zed", "Zed", false, List.of(favor(Factor.ON_MY_BEHALF, 5, false, AS_OF)), List.of()),
                new ContactFacts("team", "c2", "cy", false, List.of(favor(Factor.FAVOR_FOR_ME, 2, true, AS_OF)), List.of()),
                new ContactFacts("team", "c1", "Bo", false, List.of(favor(Factor.FAVOR_FOR_ME, 2, true, AS_OF.minusSeconds(1))), List.of()),
                new ContactFacts("team", "ann", "Ann", false, List.of(favor(Factor.ON_MY_BEHALF, 3, true, AS_OF)), List.of()));

        List<Score> ranking = FORMULA.rank(ledger, contacts, AS_OF);

        assertThat(ranking).extracting(Score::contactId).containsExactly("ann", "c1", "c2");
    }

    @Test
    void whyNamesWhatTheContactDidAndHowTheyKeptTheirWord() {
        Score advocate = score(worthSixty(AS_OF).toArray(Fact[]::new));
        assertThat(advocate.why()).isEqualTo("An advocate: acted on my behalf 3 times and did me 9 other favors, "
                                                     + "the latest on 2026-06-01.");

        Score ally = score(introduced(AS_OF), outcome(IntroductionOutcome.MET, AS_OF), promise(true, AS_OF),
                           promise(false, AS_OF));
        assertThat(ally.why()).isEqualTo("An ally: introduced me once (1 outcome that led somewhere), the latest on "
                                                 + "2026-06-01; kept 1 of 2 promises made to me.");

        assertThat(score().why()).isEqualTo("An acquaintance: has done nothing for me yet.");
        assertThat(score(favor(Factor.ON_MY_BEHALF, 5, true, daysBefore(600)), favor(Factor.FAVOR_FOR_ME, 5, true,
                                                                                     daysBefore(548))).why())
                .isEqualTo("Dormant: mattered once (acted on my behalf once and did me 1 other favor, 15.00 points "
                                   + "before decay) but has done nothing for me since 2024-11-30, 548 days ago.");
    }

    @Test
    void theRunningFormulaIsVersionOneAndShowsItsVersionWithItsParameters() {
        assertThat(AdvocacyFormula.VERSION).isEqualTo(1);
        assertThat(FORMULA.parameters()).isEqualTo(AdvocacyFormula.V1);
        assertThat(FORMULA.parameters().version()).isEqualTo(AdvocacyFormula.VERSION);
    }

    @Test
    void anotherFormulaRanksTheSameHistoryOtherwise() {
        LedgerEvents team = new LedgerEvents("team");
        List<LedgerEvent> history = List.of(
                team.opened(), team.contact("bo"), team.contact("cy"),
                team.favor("f1", "bo", "me", FavorKind.REFERRAL, 4, false, null, daysBefore(10)),
                team.favor("f2", "cy", "me", FavorKind.ADVICE, 5, false, null, daysBefore(10)));
        LedgerAdvocacy folded = LedgerAdvocacy.fold(history);
        AdvocacyFormula.Parameters v1 = AdvocacyFormula.V1;
        AdvocacyFormula plainFavorsFirst = new AdvocacyFormula(new AdvocacyFormula.Parameters(
                2, v1.halfLifeDays(), 1.0, 2.0, v1.introducedMe(), v1.met(), v1.opportunity(), v1.hired(), v1.deal(),
                v1.reliabilityFloor(), v1.reliabilityCeiling(), v1.advocateScore(), v1.advocateActs(),
                v1.advocateRecentDays(), v1.allyScore(), v1.dormantPoints(), v1.dormantQuietDays()));

        List<Score> before = FORMULA.rank(folded.ledger(), folded.contacts().values(), AS_OF);
        List<Score> after = plainFavorsFirst.rank(folded.ledger(), folded.contacts().values(), AS_OF);

        assertThat(before).extracting(Score::contactId).containsExactly("bo", "cy");
        assertThat(before.get(0).score()).isCloseTo(12 * FORMULA.decay(daysBefore(10), AS_OF), within(1e-9));
        assertThat(after).extracting(Score::contactId).containsExactly("cy", "bo");
        assertThat(after.get(0).score()).isCloseTo(15 * FORMULA.decay(daysBefore(10), AS_OF), within(1e-9));
    }
}
