package goodwill.query.reciprocity;

import static goodwill.query.reciprocity.ReciprocityHistories.APRIL;
import static goodwill.query.reciprocity.ReciprocityHistories.FEB;
import static goodwill.query.reciprocity.ReciprocityHistories.JUNE;
import static goodwill.query.reciprocity.ReciprocityHistories.MARCH;
import static goodwill.query.reciprocity.ReciprocityHistories.MAY;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.AskOutcome;
import goodwill.events.LedgerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The derived lists: who owes me, whom I owe, empty accounts, and whom to stop investing in for now. */
class ReciprocityListsTest {

    private static final ReciprocityHistories TEAM = new ReciprocityHistories("team");

    private static List<ReciprocityBalance> listed(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(TEAM.opened(), TEAM.contact("bo"), TEAM.contact("cy"),
                                                            TEAM.contact("dee"), TEAM.contact("eve")));
        history.addAll(List.of(events));
        return TEAM.folded(history).listed();
    }

    private static ReciprocityBalance bo(LedgerEvent... events) {
        return listed(events).stream().filter(balance -> balance.contactId().equals("bo")).findFirst().orElseThrow();
    }

    private static List<String> ids(List<ReciprocityBalance> balances) {
        return balances.stream().map(ReciprocityBalance::contactId).toList();
    }

    @Test
    void theyOweMeWhenTheBalanceIsAboveZeroTheLargestFirst() {
        List<ReciprocityBalance> balances = listed(TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                                   TEAM.favor("f2", "me", "cy", 4, true, FEB),
                                                   TEAM.favor("f3", "me", "dee", 2, true, FEB),
                                                   TEAM.favor("f4", "eve", "me", 1, true, FEB));

        assertThat(ids(ReciprocityLists.owedToMe(balances))).containsExactly("cy", "bo", "dee");
    }

    @Test
    void iOweThemWhenTheBalanceIsBelowZeroTheLargestDebtFirst() {
        List<ReciprocityBalance> balances = listed(TEAM.favor("f1", "bo", "me", 2, true, FEB),
                                                   TEAM.favor("f2", "cy", "me", 4, false, FEB),
                                                   TEAM.favor("f3", "me", "dee", 1, true, FEB),
                                                   TEAM.favor("f4", "eve", "me", 1, true, FEB),
                                                   TEAM.favor("f5", "me", "eve", 1, true, MARCH));

        assertThat(ids(ReciprocityLists.iOwe(balances))).containsExactly("cy", "bo");
    }

    @Test
    void aMergedContactIsInNoListItsFavorsCountForTheSurvivor() {
        List<ReciprocityBalance> balances = listed(TEAM.favor("f1", "me", "cy", 2, true, FEB),
                                                   TEAM.ask("a1", "me", "cy", MARCH),
                                                   TEAM.merge("cy", "bo"));

        assertThat(ids(ReciprocityLists.owedToMe(balances))).containsExactly("bo");
        assertThat(ids(balances)).doesNotContain("cy");
    }

    @Test
    void anEmptyAccountListsTheAsksMadeBeforeAnyFavorFromMeEachWithItsWarning() {
        ReciprocityBalance balance = bo(TEAM.renamed("bo", "Bo Chen"),
                                        TEAM.ask("a1", "me", "bo", FEB),
                                        TEAM.answer("a1", AskOutcome.DECLINED, MARCH),
                                        TEAM.favor("f1", "me", "bo", 1, true, MARCH),
                                        TEAM.ask("a2", "me", "bo", APRIL),
                                        TEAM.ask("a3", "bo", "me", FEB));

        EmptyAccount account = ReciprocityLists.emptyAccount(balance).orElseThrow();

        assertThat(account.displayName()).isEqualTo("Bo Chen");
        assertThat(account.asks()).extracting(AskView::askId).containsExactly("a1");
        assertThat(account.asks().get(0).status()).isEqualTo(AskStatus.DECLINED);
        assertThat(account.asks().get(0).warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("empty-account");
            assertThat(warning.detail()).isEqualTo("You had not done anything for Bo Chen before this ask on 2024-02-01, "
                    + "so it drew on an empty account. Giving first makes the next ask easier.");
        });
    }

    @Test
    void noAskOrOnlyAsksAfterAFavorFromMeIsNoEmptyAccount() {
        assertThat(ReciprocityLists.emptyAccount(bo())).isEmpty();
        assertThat(ReciprocityLists.emptyAccount(bo(TEAM.favor("f1", "me", "bo", 1, true, FEB),
                                                    TEAM.ask("a1", "me", "bo", MARCH)))).isEmpty();
    }

    /** Me helped bo three times, the last on 1 February, then asked twice in vain. */
    private static LedgerEvent[] helpedThenIgnored(LedgerEvent... more) {
        List<LedgerEvent> events = new ArrayList<>(List.of(
                TEAM.renamed("bo", "Sam"),
                TEAM.favor("f1", "me", "bo", 2, true, ReciprocityHistories.OPENED),
                TEAM.favor("f2", "me", "bo", 2, true, ReciprocityHistories.OPENED.plusSeconds(86_400)),
                TEAM.favor("f3", "me", "bo", 2, true, FEB),
                TEAM.ask("a1", "me", "bo", MARCH),
                TEAM.ask("a2", "me", "bo", MAY),
                TEAM.answer("a1", AskOutcome.NO_RESPONSE, APRIL),
                TEAM.answer("a2", AskOutcome.NO_RESPONSE, JUNE)));
        events.addAll(List.of(more));
        return events.toArray(LedgerEvent[]::new);
    }

    @Test
    void someoneHelpedWhoLeftTwoLaterAsksUnansweredIsListedWithKindReasons() {
        DontInvest entry = ReciprocityLists.dontInvest(bo(helpedThenIgnored())).orElseThrow();

        assertThat(entry.displayName()).isEqualTo("Sam");
        assertThat(entry.favorsGiven()).isEqualTo(3);
        assertThat(entry.lastGivenAt()).isEqualTo(FEB);
        assertThat(entry.asksSince()).extracting(AskView::askId).containsExactly("a1", "a2");
        assertThat(entry.reasons()).containsExactly(
                "You helped Sam 3 times, last on 2024-02-01.",
                "Your 2 asks since, on 2024-03-01 and 2024-05-01, went unanswered.",
                "Consider pausing new investment; nothing is owed.");
    }

    @Test
    void declinedAsksCountTooAndTheReasonsSaySo() {
        Optional<DontInvest> declined = ReciprocityLists.dontInvest(bo(
                TEAM.favor("f1", "me", "bo", 2, true, FEB),
                TEAM.ask("a1", "me", "bo", MARCH), TEAM.ask("a2", "me", "bo", APRIL), TEAM.ask("a3", "me", "bo", MAY),
                TEAM.answer("a1", AskOutcome.DECLINED, MARCH), TEAM.answer("a2", AskOutcome.DECLINED, APRIL),
                TEAM.answer("a3", AskOutcome.NO_RESPONSE, JUNE)));

        assertThat(declined.orElseThrow().reasons()).containsExactly(
                "You helped bo once, on 2024-02-01.",
                "Of your 3 asks since, on 2024-03-01, 2024-04-01 and 2024-05-01, 2 were declined and 1 went unanswered.",
                "Consider pausing new investment; nothing is owed.");
    }

    @Test
    void allDeclinedIsSaidAsSuch() {
        DontInvest entry = ReciprocityLists.dontInvest(bo(
                TEAM.favor("f1", "me", "bo", 2, true, FEB),
                TEAM.ask("a1", "me", "bo", MARCH), TEAM.ask("a2", "me", "bo", APRIL),
                TEAM.answer("a1", AskOutcome.DECLINED, MARCH), TEAM.answer("a2", AskOutcome.DECLINED, APRIL)))
                                           .orElseThrow();

        assertThat(entry.reasons().get(1)).isEqualTo("Your 2 asks since, on 2024-03-01 and 2024-04-01, were declined.");
    }

    /** Me helped bo in February, then asked twice: the first ask went unanswered, the second is not answered yet. */
    private static LedgerEvent[] helpedThenAskedTwiceOneInVain() {
        return new LedgerEvent[] {TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                  TEAM.ask("a1", "me", "bo", MARCH), TEAM.ask("a2", "me", "bo", APRIL),
                                  TEAM.answer("a1", AskOutcome.NO_RESPONSE, APRIL)};
    }

    @Test
    void oneAskInVainIsNotRepeated() {
        assertThat(ReciprocityLists.dontInvest(bo(helpedThenAskedTwiceOneInVain()))).isEmpty();
    }

    @Test
    void aFavorBackSinceMyLastOneTakesThemOff() {
        assertThat(ReciprocityLists.dontInvest(bo(helpedThenIgnored(
                TEAM.favor("f9", "bo", "me", 1, true, APRIL))))).isEmpty();
    }

    @Test
    void anAskSinceThatHelpedTakesThemOff() {
        assertThat(ReciprocityLists.dontInvest(bo(helpedThenIgnored(
                TEAM.ask("a3", "me", "bo", JUNE), TEAM.answer("a3", AskOutcome.HELPED, JUNE))))).isEmpty();
    }

    @Test
    void aNewFavorFromMeStartsAfresh() {
        assertThat(ReciprocityLists.dontInvest(bo(helpedThenIgnored(
                TEAM.favor("f4", "me", "bo", 1, true, JUNE))))).isEmpty();
    }

    @Test
    void asksBeforeMyLastFavorDoNotCount() {
        assertThat(ReciprocityLists.dontInvest(bo(
                TEAM.ask("a1", "me", "bo", FEB), TEAM.ask("a2", "me", "bo", FEB.plusSeconds(60)),
                TEAM.answer("a1", AskOutcome.NO_RESPONSE, MARCH), TEAM.answer("a2", AskOutcome.NO_RESPONSE, MARCH),
                TEAM.favor("f1", "me", "bo", 2, true, APRIL)))).isEmpty();
    }

    @Test
    void asksNotAnsweredYetDoNotCount() {
        assertThat(ReciprocityLists.dontInvest(bo(helpedThenAskedTwiceOneInVain()))).isEmpty();
    }

    @Test
    void someoneNeverHelpedIsNeverOnTheList() {
        assertThat(ReciprocityLists.dontInvest(bo(
                TEAM.ask("a1", "me", "bo", MARCH), TEAM.ask("a2", "me", "bo", APRIL),
                TEAM.answer("a1", AskOutcome.NO_RESPONSE, APRIL), TEAM.answer("a2", AskOutcome.NO_RESPONSE, MAY))))
                .isEmpty();
    }

    @Test
    void aRetractedLastFavorMovesWhatSinceMeans() {
        assertThat(ReciprocityLists.dontInvest(bo(
                TEAM.favor("f1", "me", "bo", 2, true, FEB),
                TEAM.ask("a1", "me", "bo", MARCH),
                TEAM.favor("f2", "me", "bo", 2, true, APRIL),
                TEAM.ask("a2", "me", "bo", MAY),
                TEAM.answer("a1", AskOutcome.NO_RESPONSE, APRIL), TEAM.answer("a2", AskOutcome.NO_RESPONSE, MAY)))).isEmpty();

        DontInvest entry = ReciprocityLists.dontInvest(bo(
                TEAM.favor("f1", "me", "bo", 2, true, FEB),
                TEAM.ask("a1", "me", "bo", MARCH),
                TEAM.favor("f2", "me", "bo", 2, true, APRIL),
                TEAM.ask("a2", "me", "bo", MAY),
                TEAM.answer("a1", AskOutcome.NO_RESPONSE, APRIL), TEAM.answer("a2", AskOutcome.NO_RESPONSE, MAY),
                TEAM.retraction("f2"))).orElseThrow();
        assertThat(entry.reasons().get(0)).isEqualTo("You helped bo once, on 2024-02-01.");
    }

    @Test
    void asksOfAContactMergedIntoAnotherCountForTheSurvivor() {
        List<ReciprocityBalance> balances = listed(
                TEAM.favor("f1", "me", "bo", 2, true, FEB),
                TEAM.ask("a1", "me", "cy", MARCH), TEAM.ask("a2", "me", "bo", APRIL),
                TEAM.merge("cy", "bo"),
                TEAM.answer("a1", AskOutcome.NO_RESPONSE, JUNE), TEAM.answer("a2", AskOutcome.DECLINED, JUNE));

        assertThat(balances.stream().map(ReciprocityLists::dontInvest).flatMap(Optional::stream))
                .extracting(DontInvest::contactId).containsExactly("bo");
    }
}
