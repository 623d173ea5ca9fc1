package goodwill.query.reciprocity;

import static goodwill.query.reciprocity.ReciprocityHistories.APRIL;
import static goodwill.query.reciprocity.ReciprocityHistories.FEB;
import static goodwill.query.reciprocity.ReciprocityHistories.JUNE;
import static goodwill.query.reciprocity.ReciprocityHistories.MARCH;
import static goodwill.query.reciprocity.ReciprocityHistories.MAY;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.AskOutcome;
import goodwill.events.CommitmentBroken;
import goodwill.events.LedgerEvent;
import goodwill.query.commitments.CommitmentState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fold beyond favors: names, archival, commitments and asks both ways, and empty accounts. */
class ReciprocityRelationshipTest {

    private static final ReciprocityHistories TEAM = new ReciprocityHistories("team");
    private static final LocalDate DUE = LocalDate.parse("2024-04-01");

    private static Map<String, ReciprocityBalance> fold(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(TEAM.opened(), TEAM.contact("bo"), TEAM.contact("cy")));
        history.addAll(List.of(events));
        return TEAM.folded(history).balances();
    }

    private static ReciprocityBalance bo(LedgerEvent... events) {
        return fold(events).get("bo");
    }

    private static List<String> ids(List<Promise> promises) {
        return promises.stream().map(promise -> promise.commitment().commitmentId()).toList();
    }

    private static List<String> askIds(List<AskRecord> asks) {
        return asks.stream().map(AskRecord::askId).toList();
    }

    @Test
    void aContactIsCalledByTheNameTheyWereAddedWithUntilItChanges() {
        assertThat(bo().displayName()).isEqualTo("bo");
        assertThat(bo(TEAM.renamed("bo", "Bo Chen")).name()).isEqualTo("Bo Chen");
        assertThat(bo(TEAM.renamed("cy", "Cy Diaz")).name()).isEqualTo("bo");
    }

    @Test
    void anArchivedContactKeepsItsBalanceMarkedArchived() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "bo", 2, true, FEB), TEAM.archived("bo"));

        assertThat(balance.archived()).isTrue();
        assertThat(balance.given()).isEqualTo(new Tally(1, 2));
        assertThat(fold(TEAM.archived("bo")).get("cy").archived()).isFalse();
    }

    @Test
    void commitmentsAreKeptByWayAndOnlyOpenOnesAreOpen() {
        ReciprocityBalance balance = bo(TEAM.commitment("c1", "me", "bo", DUE, FEB),
                                        TEAM.commitment("c2", "bo", "me", null, FEB),
                                        TEAM.commitment("c3", "me", "bo", LocalDate.parse("2024-03-15"), MARCH),
                                        TEAM.commitment("c4", "me", "bo", null, MARCH),
                                        TEAM.kept("c4", APRIL));

        assertThat(ids(balance.openPromises(Way.BY_ME))).containsExactly("c3", "c1");
        assertThat(ids(balance.openPromises(Way.TO_ME))).containsExactly("c2");
        assertThat(balance.promises()).filteredOn(p -> p.commitment().commitmentId().equals("c4"))
                                      .extracting(p -> p.commitment().status()).containsExactly(CommitmentState.KEPT);
    }

    @Test
    void aCommitmentBetweenTwoOthersIsInNeitherBalance() {
        Map<String, ReciprocityBalance> balances = fold(TEAM.commitment("c1", "bo", "cy", DUE, FEB));

        assertThat(balances.get("bo").promises()).isEmpty();
        assertThat(balances.get("cy").promises()).isEmpty();
    }

    @Test
    void aCommitmentIsResolvedOnceAndSeenAgainKeepsItsResolution() {
        ReciprocityBalance balance = bo(TEAM.commitment("c1", "me", "bo", DUE, FEB),
                                        TEAM.kept("c1", MARCH),
                                        TEAM.commitment("c1", "me", "bo", DUE, FEB),
                                        new CommitmentBroken("team", "c1", APRIL));

        assertThat(balance.promises()).singleElement().satisfies(promise -> {
            assertThat(promise.commitment().status()).isEqualTo(CommitmentState.KEPT);
            assertThat(promise.commitment().resolvedAt()).isEqualTo(MARCH);
        });
    }

    @Test
    void asksAreKeptByWayWithTheirFirstAnswer() {
        ReciprocityBalance balance = bo(TEAM.ask("a1", "me", "bo", FEB),
                                        TEAM.ask("a2", "bo", "me", MARCH),
                                        TEAM.ask("a3", "me", "bo", APRIL),
                                        TEAM.answer("a1", AskOutcome.DECLINED, MARCH),
                                        TEAM.answer("a1", AskOutcome.HELPED, APRIL),
                                        TEAM.answer("a2", AskOutcome.NO_RESPONSE, APRIL));

        assertThat(askIds(balance.asks(Way.BY_ME))).containsExactly("a1", "a3");
        assertThat(askIds(balance.asks(Way.TO_ME))).containsExactly("a2");
        assertThat(balance.asks(Way.BY_ME)).extracting(AskRecord::outcome).containsExactly(AskOutcome.DECLINED, null);
        assertThat(balance.asks(Way.BY_ME).get(0).answeredAt()).isEqualTo(MARCH);
        assertThat(balance.asks(Way.TO_ME)).extracting(AskRecord::outcome).containsExactly(AskOutcome.NO_RESPONSE);
    }

    @Test
    void anAskBetweenTwoOthersIsInNeitherBalanceAndAnAskSeenAgainKeepsItsAnswer() {
        Map<String, ReciprocityBalance> balances = fold(TEAM.ask("a1", "bo", "cy", FEB),
                                                        TEAM.ask("a2", "me", "bo", FEB),
                                                        TEAM.answer("a2", AskOutcome.HELPED, MARCH),
                                                        TEAM.ask("a2", "me", "bo", FEB));

        assertThat(balances.get("cy").asks()).isEmpty();
        assertThat(balances.get("bo").asks()).singleElement().extracting(AskRecord::outcome).isEqualTo(AskOutcome.HELPED);
    }

    @Test
    void aMergedContactsCommitmentsAndAsksCountForTheSurvivorAndAreResolvedAndAnsweredThere() {
        Map<String, ReciprocityBalance> balances = fold(TEAM.commitment("c1", "cy", "me", DUE, FEB),
                                                        TEAM.commitment("c2", "me", "cy", DUE, FEB),
                                                        TEAM.ask("a1", "me", "cy", FEB),
                                                        TEAM.merge("cy", "bo"),
                                                        TEAM.kept("c2", JUNE),
                                                        TEAM.answer("a1", AskOutcome.NO_RESPONSE, JUNE));

        ReciprocityBalance bo = balances.get("bo");
        assertThat(ids(bo.openPromises(Way.TO_ME))).containsExactly("c1");
        assertThat(bo.openPromises(Way.BY_ME)).isEmpty();
        assertThat(bo.asks(Way.BY_ME)).singleElement().extracting(AskRecord::outcome).isEqualTo(AskOutcome.NO_RESPONSE);
        ReciprocityBalance cy = balances.get("cy");
        assertThat(cy.promises()).isEmpty();
        assertThat(cy.asks()).isEmpty();
        assertThat(cy.name()).isEqualTo("cy");
    }

    @Test
    void aMergedContactIsNotListedAndTheHistoryKnowsTheMerge() {
        ReciprocityHistory history = TEAM.folded(List.of(
                TEAM.opened(), TEAM.contact("bo"), TEAM.contact("cy"), TEAM.merge("cy", "bo")));

        assertThat(history.listed()).extracting(ReciprocityBalance::contactId).containsExactly("bo");
        assertThat(history.ledger().mergedInto()).containsEntry("cy", "bo");
        assertThat(history.ledger().meId()).isEqualTo("me");
    }

    @Test
    void anAskOfSomeoneMeNeverGaveAnythingDrawsOnAnEmptyAccount() {
        ReciprocityBalance balance = bo(TEAM.ask("a1", "me", "bo", MARCH));

        assertThat(balance.emptyAccount(balance.asks().get(0))).isTrue();
    }

    @Test
    void anAskAfterAFavorFromMeDoesNotButOneBeforeItDoes() {
        ReciprocityBalance balance = bo(TEAM.ask("a1", "me", "bo", FEB),
                                        TEAM.favor("f1", "me", "bo", 1, true, MARCH),
                                        TEAM.ask("a2", "me", "bo", APRIL),
                                        TEAM.ask("a3", "me", "bo", MARCH));

        assertThat(balance.asks(Way.BY_ME)).extracting(balance::emptyAccount).containsExactly(true, true, false);
    }

    @Test
    void aFavorReceivedIsNoInvestmentAndAnAskOfMeNeverDrawsOnMine() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "bo", "me", 3, true, FEB),
                                        TEAM.ask("a1", "me", "bo", MARCH),
                                        TEAM.ask("a2", "bo", "me", MARCH));

        assertThat(balance.emptyAccount(balance.asks(Way.BY_ME).get(0))).isTrue();
        assertThat(balance.emptyAccount(balance.asks(Way.TO_ME).get(0))).isFalse();
    }

    @Test
    void aRetractedOnlyFavorLeavesTheAccountEmpty() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                        TEAM.ask("a1", "me", "bo", MARCH),
                                        TEAM.retraction("f1"));

        assertThat(balance.emptyAccount(balance.asks().get(0))).isTrue();
    }

    @Test
    void anAmendmentMovingTheOnlyFavorElsewhereOrLaterEmptiesTheAccountAndOneMovingItEarlierFillsIt() {
        ReciprocityBalance movedAway = bo(TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                          TEAM.ask("a1", "me", "bo", MARCH),
                                          TEAM.amendment("f1", null, "cy", null, null));
        ReciprocityBalance movedLater = bo(TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                           TEAM.ask("a1", "me", "bo", MARCH),
                                           TEAM.amendment("f1", null, null, null, MAY));
        ReciprocityBalance movedEarlier = bo(TEAM.favor("f1", "me", "bo", 2, true, MAY),
                                             TEAM.ask("a1", "me", "bo", MARCH),
                                             TEAM.amendment("f1", null, null, null, FEB));

        assertThat(movedAway.emptyAccount(movedAway.asks().get(0))).isTrue();
        assertThat(movedLater.emptyAccount(movedLater.asks().get(0))).isTrue();
        assertThat(movedEarlier.emptyAccount(movedEarlier.asks().get(0))).isFalse();
    }

    @Test
    void aFavorToAContactMergedIntoTheOneAskedIsAnInvestmentInThem() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "cy", 2, true, FEB),
                                        TEAM.merge("cy", "bo"),
                                        TEAM.ask("a1", "me", "bo", Instant.parse("2024-05-02T00:00:00Z")));

        assertThat(balance.emptyAccount(balance.asks().get(0))).isFalse();
    }

    @Test
    void everythingAtOnceCountsAsEachPartSays() {
        Map<String, ReciprocityBalance> balances = TEAM.folded(TEAM.everything()).balances();

        ReciprocityBalance bo = balances.get("bo");
        assertThat(bo.name()).isEqualTo("Bo Chen");
        assertThat(bo.exchanges()).extracting(Exchange::favorId).containsExactlyInAnyOrder("f1", "f2", "f3", "f4", "f6");
        assertThat(ids(bo.openPromises(Way.BY_ME))).isEmpty();
        assertThat(ids(bo.openPromises(Way.TO_ME))).isEmpty();
        assertThat(bo.asks(Way.BY_ME)).extracting(AskRecord::outcome).containsExactly(AskOutcome.HELPED, AskOutcome.DECLINED);
        assertThat(balances.get("dee").exchanges()).isEmpty();
        assertThat(balances.get("dee").asks()).singleElement().satisfies(
                ask -> assertThat(balances.get("dee").emptyAccount(ask)).isTrue());
        assertThat(balances.get("eve").archived()).isTrue();
        assertThat(balances.get("eve").asks(Way.TO_ME)).extracting(AskRecord::askId).containsExactly("a3");
    }
}
