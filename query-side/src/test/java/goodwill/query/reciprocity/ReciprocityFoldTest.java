package goodwill.query.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReciprocityFoldTest {

    private static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");

    private static final LedgerOpened LEDGER = new LedgerOpened("team", "me", "Ana Lopez", OPENED);
    private static final ContactAdded BO = contact("bo");
    private static final ContactAdded CY = contact("cy");

    private static ContactAdded contact(String contactId) {
        return new ContactAdded("team", contactId, contactId, null, null, null, List.of(), null, OPENED);
    }

    private static FavorRecorded favor(String favorId, String giverId, String receiverId, int weight, boolean asked,
                                       Instant occurredAt) {
        return new FavorRecorded("team", favorId, giverId, receiverId, FavorKind.ADVICE, weight, asked, occurredAt,
                                 null, null, null);
    }

    private static Map<String, ReciprocityBalance> folded(List<LedgerEvent> history) {
        return ReciprocityHistory.folded("team", history).balances();
    }

    private static ReciprocityBalance balanceWith(String contactId, LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(LEDGER, BO, CY));
        history.addAll(List.of(events));
        return folded(history).get(contactId);
    }

    @Test
    void aNewContactHasNothingGivenNothingReceivedAndNoDates() {
        ReciprocityBalance balance = balanceWith("bo");

        assertThat(balance.given()).isEqualTo(Tally.NONE);
        assertThat(balance.received()).isEqualTo(Tally.NONE);
        assertThat(balance.balance()).isZero();
        assertThat(balance.lastGivenAt()).isNull();
        assertThat(balance.lastReceivedAt()).isNull();
    }

    @Test
    void anAskedFavorWeighsItsWeight() {
        ReciprocityBalance balance = balanceWith("bo", favor("f1", "me", "bo", 3, true, MARCH));

        assertThat(balance.given()).isEqualTo(new Tally(1, 3));
    }

    @Test
    void anUnaskedFavorWeighsHalfAsMuchAgain() {
        ReciprocityBalance balance = balanceWith("bo", favor("f1", "me", "bo", 3, false, MARCH));

        assertThat(balance.given()).isEqualTo(new Tally(1, 4.5));
    }

    @Test
    void favorsReceivedFromTheContactAreTalliedApart() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "bo", "me", 2, true, MARCH),
                                                 favor("f2", "bo", "me", 4, false, APRIL));

        assertThat(balance.received()).isEqualTo(new Tally(2, 8));
        assertThat(balance.given()).isEqualTo(Tally.NONE);
    }

    @Test
    void theBalanceIsWhatMeGaveLessWhatMeReceived() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "bo", 5, false, MARCH),
                                                 favor("f2", "bo", "me", 2, true, APRIL));

        assertThat(balance.balance()).isEqualTo(7.5 - 2);
    }

    @Test
    void theLastDatesAreOfTheLatestFavorsEachWayWhateverTheOrderTheyWereRecordedIn() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "bo", 1, true, APRIL),
                                                 favor("f2", "me", "bo", 1, true, MARCH),
                                                 favor("f3", "bo", "me", 1, true, MARCH));

        assertThat(balance.lastGivenAt()).isEqualTo(APRIL);
        assertThat(balance.lastReceivedAt()).isEqualTo(MARCH);
    }

    @Test
    void aFavorBetweenTwoOtherContactsChangesNeitherBalanceWithMe() {
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY, favor("f1", "bo", "cy", 5, false, MARCH)));

        assertThat(balances.get("bo").exchanges()).isEmpty();
        assertThat(balances.get("cy").exchanges()).isEmpty();
    }

    @Test
    void aFavorWithAnotherContactLeavesThisBalanceAsItIs() {
        ReciprocityBalance balance = balanceWith("bo", favor("f1", "me", "bo", 2, true, MARCH));

        assertThat(balanceWith("bo", favor("f1", "me", "bo", 2, true, MARCH), favor("f2", "me", "cy", 5, false, APRIL)))
                .isEqualTo(balance);
    }

    @Test
    void aFavorOfAnotherLedgerLeavesTheBalanceAsItIs() {
        ReciprocityBalance balance = balanceWith("bo", favor("f1", "me", "bo", 2, true, MARCH));
        FavorRecorded elsewhere = new FavorRecorded("other", "f1", "me", "bo", FavorKind.ADVICE, 3, true, MARCH,
                                                    null, null, null);

        assertThat(balanceWith("bo", favor("f1", "me", "bo", 2, true, MARCH),
                               new LedgerOpened("other", "me", "Ana Lopez", OPENED),
                               new ContactAdded("other", "bo", "bo", null, null, null, List.of(), null, OPENED),
                               elsewhere))
                .isEqualTo(balance);
    }

    @Test
    void aFavorSeenTwiceCountsOnce() {
        FavorRecorded favor = favor("f1", "me", "bo", 3, true, MARCH);

        ReciprocityBalance balance = balanceWith("bo", favor, favor);

        assertThat(balance.given()).isEqualTo(new Tally(1, 3));
    }

    @Test
    void meIsWhoeverTheLedgerWasOpenedWith() {
        Map<String, ReciprocityBalance> balances = folded(List.of(
                new LedgerOpened("team", "owner-7", "Ana Lopez", OPENED), BO,
                favor("f1", "owner-7", "bo", 2, true, MARCH)));

        assertThat(balances.get("bo").given()).isEqualTo(new Tally(1, 2));
    }

    private static final Instant MAY = Instant.parse("2024-05-01T10:00:00Z");

    private static FavorRetracted retraction(String favorId) {
        return new FavorRetracted("team", favorId, "never happened", MAY);
    }

    private static FavorAmended amendment(String favorId, String giverId, String receiverId, Integer weight,
                                          Boolean asked) {
        return new FavorAmended("team", favorId, "a-" + favorId, giverId, receiverId, null, weight, asked, null, null,
                                null, null, "typo", MAY);
    }

    private static ContactsMerged merge(String mergedId, String survivorId) {
        return new ContactsMerged("team", survivorId, mergedId, MAY);
    }

    @Test
    void aRetractedFavorNoLongerCounts() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "bo", 3, true, MARCH),
                                                 favor("f2", "me", "bo", 2, true, APRIL),
                                                 retraction("f1"));

        assertThat(balance.given()).isEqualTo(new Tally(1, 2));
        assertThat(balance.lastGivenAt()).isEqualTo(APRIL);
    }

    @Test
    void aRetractionSeenTwiceTakesTheFavorOutOnce() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "bo", 3, true, MARCH),
                                                 retraction("f1"), retraction("f1"));

        assertThat(balance.exchanges()).isEmpty();
    }

    @Test
    void anAmendedFavorCountsWithItsNewValues() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "bo", 3, true, MARCH),
                                                 amendment("f1", null, null, 5, false));

        assertThat(balance.given()).isEqualTo(new Tally(1, 7.5));
    }

    @Test
    void anAmendmentOfTheGiverMovesTheFavorToTheOtherWay() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "bo", 3, true, MARCH),
                                                 amendment("f1", "bo", "me", null, null));

        assertThat(balance.given()).isEqualTo(Tally.NONE);
        assertThat(balance.received()).isEqualTo(new Tally(1, 3));
    }

    @Test
    void anAmendmentOfTheReceiverMovesTheFavorToTheOtherContactsBalance() {
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY, favor("f1", "me", "bo", 3, true, MARCH), amendment("f1", null, "cy", null, null)));

        assertThat(balances.get("bo").exchanges()).isEmpty();
        assertThat(balances.get("cy").given()).isEqualTo(new Tally(1, 3));
    }

    @Test
    void anAmendmentCanMakeAFavorBetweenOthersOneWithMe() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "cy", "bo", 4, true, MARCH),
                                                 amendment("f1", "me", null, null, null));

        assertThat(balance.given()).isEqualTo(new Tally(1, 4));
    }

    @Test
    void anAmendmentAfterTheRetractionChangesNothing() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "bo", 3, true, MARCH),
                                                 retraction("f1"),
                                                 amendment("f1", null, null, 5, null));

        assertThat(balance.exchanges()).isEmpty();
    }

    @Test
    void aMergedContactsBalanceFoldsIntoTheSurvivors() {
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY,
                favor("f1", "me", "bo", 3, true, MARCH),
                favor("f2", "cy", "me", 2, true, APRIL),
                merge("cy", "bo")));

        assertThat(balances.get("bo").given()).isEqualTo(new Tally(1, 3));
        assertThat(balances.get("bo").received()).isEqualTo(new Tally(1, 2));
        assertThat(balances.get("cy").exchanges()).isEmpty();
    }

    @Test
    void aFavorNamingTheMergedContactLaterCountsForTheSurvivor() {
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY, merge("cy", "bo"), favor("f1", "cy", "me", 2, true, APRIL)));

        assertThat(balances.get("bo").received()).isEqualTo(new Tally(1, 2));
        assertThat(balances.get("cy").exchanges()).isEmpty();
    }

    @Test
    void aMergedFavorAmendedLaterStaysWithTheSurvivor() {
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY,
                favor("f1", "me", "cy", 3, true, MARCH),
                merge("cy", "bo"),
                amendment("f1", null, null, 1, null)));

        assertThat(balances.get("bo").given()).isEqualTo(new Tally(1, 1));
        assertThat(balances.get("cy").exchanges()).isEmpty();
    }

    @Test
    void aMergedFavorRetractedLaterLeavesTheSurvivor() {
        ReciprocityBalance balance = balanceWith("bo",
                                                 favor("f1", "me", "cy", 3, true, MARCH),
                                                 merge("cy", "bo"),
                                                 retraction("f1"));

        assertThat(balance.exchanges()).isEmpty();
    }

    @Test
    void aContactMergedIntoOneMergedLaterCountsForTheLastSurvivor() {
        ContactAdded dee = contact("dee");
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY, dee, merge("cy", "bo"), merge("bo", "dee"), favor("f1", "me", "cy", 3, true, MARCH)));

        assertThat(balances.get("dee").given()).isEqualTo(new Tally(1, 3));
        assertThat(balances.get("bo").exchanges()).isEmpty();
    }

    @Test
    void aMergeSeenTwiceCountsTheMergedFavorsOnce() {
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY, favor("f1", "me", "cy", 3, true, MARCH), merge("cy", "bo"), merge("cy", "bo")));

        assertThat(balances.get("bo").given()).isEqualTo(new Tally(1, 3));
    }

    @Test
    void aMergeIntoAContactMergedAwayMeanwhileCountsForItsSurvivor() {
        ContactAdded dee = contact("dee");
        Map<String, ReciprocityBalance> balances = folded(List.of(
                LEDGER, BO, CY, dee, favor("f1", "me", "cy", 3, true, MARCH), merge("bo", "dee"), merge("cy", "bo")));

        assertThat(balances.get("dee").given()).isEqualTo(new Tally(1, 3));
        assertThat(balances.get("bo").exchanges()).isEmpty();
        assertThat(balances.get("cy").exchanges()).isEmpty();
    }
}
