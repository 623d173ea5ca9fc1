package goodwill.query.reciprocity;

import static goodwill.query.reciprocity.ReciprocityHistories.APRIL;
import static goodwill.query.reciprocity.ReciprocityHistories.FEB;
import static goodwill.query.reciprocity.ReciprocityHistories.MARCH;
import static goodwill.query.reciprocity.ReciprocityHistories.MAY;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.LedgerEvent;
import goodwill.query.reciprocity.Exchange.Direction;
import goodwill.query.reciprocity.Reciprocation.Open;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which favors still wait for their return: named ones are returned, the others covered by value, oldest first. */
class ReciprocationTest {

    private static final ReciprocityHistories TEAM = new ReciprocityHistories("team");

    private static ReciprocityBalance bo(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(TEAM.opened(), TEAM.contact("bo"), TEAM.contact("cy")));
        history.addAll(List.of(events));
        return TEAM.folded(history).balances().get("bo");
    }

    private static Open oldestGiven(ReciprocityBalance balance) {
        return balance.oldestUnreciprocated(Direction.GIVEN).orElse(null);
    }

    private static Open oldestReceived(ReciprocityBalance balance) {
        return balance.oldestUnreciprocated(Direction.RECEIVED).orElse(null);
    }

    @Test
    void nothingExchangedLeavesNothingOpen() {
        assertThat(oldestGiven(bo())).isNull();
        assertThat(oldestReceived(bo())).isNull();
    }

    @Test
    void aFavorNotReturnedIsOpenWithItsWholeValueAndAgesByWholeDays() {
        Open open = oldestGiven(bo(TEAM.favor("f1", "me", "bo", 3, false, FEB)));

        assertThat(open).isEqualTo(new Open("f1", Direction.GIVEN, FEB, 4.5));
        assertThat(open.ageDays(Instant.parse("2024-02-11T09:59:59Z"))).isEqualTo(9);
        assertThat(open.ageDays(Instant.parse("2024-02-11T10:00:00Z"))).isEqualTo(10);
    }

    @Test
    void aLaterFavorOfAtLeastTheSameValueTheOtherWayReciprocatesIt() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                        TEAM.favor("f2", "bo", "me", 3, true, MARCH));

        assertThat(oldestGiven(balance)).isNull();
        assertThat(oldestReceived(balance)).isEqualTo(new Open("f2", Direction.RECEIVED, MARCH, 1));
    }

    @Test
    void aSmallerReturnLeavesTheRestOutstanding() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "bo", 4, true, FEB),
                                        TEAM.favor("f2", "bo", "me", 1, true, MARCH));

        assertThat(oldestGiven(balance)).isEqualTo(new Open("f1", Direction.GIVEN, FEB, 3));
        assertThat(oldestReceived(balance)).isNull();
    }

    @Test
    void valueReturnedCoversTheOldestFavorsFirst() {
        ReciprocityBalance balance = bo(TEAM.favor("f2", "me", "bo", 2, true, MARCH),
                                        TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                        TEAM.favor("f3", "bo", "me", 3, true, APRIL));

        assertThat(oldestGiven(balance)).isEqualTo(new Open("f2", Direction.GIVEN, MARCH, 1));
    }

    @Test
    void anEarlierFavorTheOtherWayDoesNotReciprocateALaterOne() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "bo", "me", 2, true, FEB),
                                        TEAM.favor("f2", "me", "bo", 5, true, MARCH));

        assertThat(oldestReceived(balance)).isNull();
        assertThat(oldestGiven(balance)).isEqualTo(new Open("f2", Direction.GIVEN, MARCH, 3));
    }

    @Test
    void aFavorThatNamesTheOneItReturnsReciprocatesItWhateverItIsWorthAndCoversNothingElse() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "bo", 1, true, FEB),
                                        TEAM.favor("f2", "me", "bo", 5, true, MARCH),
                                        TEAM.returning("f3", "bo", "me", 1, true, APRIL, "f2"));

        assertThat(oldestGiven(balance)).isEqualTo(new Open("f1", Direction.GIVEN, FEB, 1));
        assertThat(balance.oldestUnreciprocated(Direction.RECEIVED)).isEmpty();
        assertThat(Reciprocation.open(balance.exchanges())).extracting(Open::favorId).containsExactly("f1");
    }

    @Test
    void aFavorNamedAsReturnedStillCoversWhatWasOpenTheOtherWayBeforeIt() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "bo", "me", 2, true, FEB),
                                        TEAM.favor("f2", "me", "bo", 3, true, MARCH),
                                        TEAM.returning("f3", "bo", "me", 1, true, APRIL, "f2"));

        assertThat(Reciprocation.open(balance.exchanges())).isEmpty();
    }

    @Test
    void aLinkToALaterFavorOrOneOfTheSameWayIsNoLinkAndItsFavorCountsByValue() {
        ReciprocityBalance sameWay = bo(TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                        TEAM.returning("f2", "me", "bo", 1, true, MARCH, "f1"));
        ReciprocityBalance later = bo(TEAM.returning("f1", "bo", "me", 1, true, FEB, "f2"),
                                      TEAM.favor("f2", "me", "bo", 3, true, MARCH));

        assertThat(Reciprocation.open(sameWay.exchanges())).extracting(Open::favorId).containsExactly("f1", "f2");
        assertThat(Reciprocation.open(later.exchanges())).containsExactly(new Open("f2", Direction.GIVEN, MARCH, 2));
    }

    @Test
    void aRetractedReturnReopensTheFavorItReturned() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "bo", 2, true, FEB),
                                        TEAM.returning("f2", "bo", "me", 1, true, MARCH, "f1"),
                                        TEAM.retraction("f2"));

        assertThat(oldestGiven(balance)).isEqualTo(new Open("f1", Direction.GIVEN, FEB, 2));
    }

    @Test
    void anAmendedReturnCoversWithItsNewWeight() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "bo", 4, true, FEB),
                                        TEAM.favor("f2", "bo", "me", 1, true, MARCH),
                                        TEAM.amendment("f2", null, null, 4, null));

        assertThat(oldestGiven(balance)).isNull();
        assertThat(oldestReceived(balance)).isNull();
    }

    @Test
    void theSurvivorsReturnCoversAFavorMeDidTheContactMergedIntoThem() {
        ReciprocityBalance balance = bo(TEAM.favor("f1", "me", "cy", 2, true, FEB),
                                        TEAM.favor("f2", "me", "bo", 2, true, MARCH),
                                        TEAM.merge("cy", "bo"),
                                        TEAM.returning("f3", "bo", "me", 1, true, MAY, "f1"));

        assertThat(oldestGiven(balance)).isEqualTo(new Open("f2", Direction.GIVEN, MARCH, 2));
    }
}
