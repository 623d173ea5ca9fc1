package goodwill.query.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.ContactAdded;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.query.facts.LedgerFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntroductionsFoldTest {

    private static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2024-02-01T10:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");
    private static final Instant MAY = Instant.parse("2024-05-01T10:00:00Z");

    private static ContactAdded contact(String contactId) {
        return new ContactAdded("team", contactId, "Name " + contactId, null, null, null, List.of(), null, OPENED);
    }

    private static IntroductionMade introduction(String id, String introducerId, String a, String b, Instant at) {
        return new IntroductionMade("team", id, introducerId, a, b, "talk about " + id, at);
    }

    private static IntroductionOutcomeRecorded outcome(String introductionId, String outcomeId,
                                                       IntroductionOutcome outcome, Instant at) {
        return new IntroductionOutcomeRecorded("team", introductionId, outcomeId, outcome, at, null);
    }

    private static FavorRecorded favor(String favorId, String giverId, String receiverId, int weight, boolean asked,
                                       Instant at) {
        return new FavorRecorded("team", favorId, giverId, receiverId, FavorKind.ADVICE, weight, asked, at, null, null,
                                 null);
    }

    private static LedgerFacts facts(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(new LedgerOpened("team", "me", "Ana Lopez", OPENED),
                                                            contact("bo"), contact("cy"), contact("di"),
                                                            contact("ed")));
        history.addAll(List.of(events));
        return IntroductionsFold.fold(history).orElseThrow();
    }

    @Test
    void anIntroductionNamesItsPeopleAndHasItsOutcomesInTheOrderTheyHappened() {
        LedgerFacts facts = facts(introduction("i1", "bo", "me", "cy", FEB),
                                  outcome("i1", "o2", IntroductionOutcome.HIRED, APRIL),
                                  outcome("i1", "o1", IntroductionOutcome.MET, MARCH),
                                  new ContactDetailsChanged("team", "cy", "Carla Diaz", null, null, null, null, null,
                                                            MARCH));

        IntroductionView view = IntroductionsFold.introductions(facts, null, null, null).get(0);

        assertThat(view.introducerId()).isEqualTo("bo");
        assertThat(view.introducerName()).isEqualTo("Name bo");
        assertThat(view.personAName()).isEqualTo("Ana Lopez");
        assertThat(view.personBName()).isEqualTo("Carla Diaz");
        assertThat(view.purpose()).isEqualTo("talk about i1");
        assertThat(view.outcomes()).extracting(o -> o.outcome())
                                   .containsExactly(IntroductionOutcome.MET, IntroductionOutcome.HIRED);
        assertThat(view.latestOutcome()).isEqualTo(IntroductionOutcome.HIRED);
        assertThat(view.ledSomewhere()).isTrue();
        assertThat(view.daysToLedSomewhere()).isEqualTo(60);
    }

    @Test
    void meetingIsNotYetLeadingSomewhereAndAnOutcomeSeenAgainCountsOnce() {
        LedgerFacts facts = facts(introduction("i1", "bo", "me", "cy", FEB),
                                  outcome("i1", "o1", IntroductionOutcome.MET, MARCH),
                                  outcome("i1", "o1", IntroductionOutcome.MET, MARCH));

        IntroductionView view = IntroductionsFold.introductions(facts, null, null, null).get(0);

        assertThat(view.outcomes()).hasSize(1);
        assertThat(view.ledSomewhere()).isFalse();
        assertThat(view.daysToLedSomewhere()).isNull();
    }

    @Test
    void onlyOpportunitiesHiresAndDealsLeadSomewhere() {
        assertThat(List.of(IntroductionOutcome.values())).filteredOn(IntroductionsFold::ledSomewhere)
                .containsExactly(IntroductionOutcome.OPPORTUNITY, IntroductionOutcome.HIRED, IntroductionOutcome.DEAL);
    }

    @Test
    void introductionsAreListedNewestFirstAndFilteredByContactIntroducerAndOutcome() {
        LedgerFacts facts = facts(introduction("i1", "bo", "me", "cy", FEB),
                                  introduction("i2", "me", "cy", "di", MARCH),
                                  introduction("i3", "me", "bo", "di", APRIL),
                                  outcome("i1", "o1", IntroductionOutcome.DEAL, MAY));

        assertThat(ids(IntroductionsFold.introductions(facts, null, null, null))).containsExactly("i3", "i2", "i1");
        assertThat(ids(IntroductionsFold.introductions(facts, "cy", null, null))).containsExactly("i2", "i1");
        assertThat(ids(IntroductionsFold.introductions(facts, "bo", null, null))).containsExactly("i3", "i1");
        assertThat(ids(IntroductionsFold.introductions(facts, null, "me", null))).containsExactly("i3", "i2");
        assertThat(ids(IntroductionsFold.introductions(facts, "di", "me", null))).containsExactly("i3", "i2");
        assertThat(ids(IntroductionsFold.introductions(facts, null, null, IntroductionOutcome.DEAL)))
                .containsExactly("i1");
    }

    private static List<String> ids(List<IntroductionView> views) {
        return views.stream().map(IntroductionView::introductionId).toList();
    }

    @Test
    void aMergedContactIsShownAsItsSurvivorInEveryIntroductionEarlierAndLater() {
        LedgerFacts facts = facts(introduction("i1", "di", "me", "bo", FEB),
                                  new ContactsMerged("team", "cy", "di", MARCH),
                                  introduction("i2", "me", "di", "ed", APRIL));

        List<IntroductionView> views = IntroductionsFold.introductions(facts, null, null, null);

        assertThat(views.get(0).personAId()).isEqualTo("cy");
        assertThat(views.get(0).personAName()).isEqualTo("Name cy");
        assertThat(views.get(1).introducerId()).isEqualTo("cy");
        assertThat(ids(IntroductionsFold.introductions(facts, "cy", null, null))).containsExactly("i2", "i1");
        assertThat(IntroductionsFold.connectors(facts)).extracting(ConnectorView::introducerId)
                                                       .containsExactlyInAnyOrder("cy", "me");
    }

    @Test
    void connectorsAreRankedByHowManyIntroductionsLedSomewhereThenByRate() {
        LedgerFacts facts = facts(introduction("i1", "bo", "me", "cy", FEB),
                                  outcome("i1", "o1", IntroductionOutcome.MET, MARCH),
                                  outcome("i1", "o2", IntroductionOutcome.HIRED, APRIL),
                                  introduction("i2", "bo", "me", "di", MARCH),
                                  outcome("i2", "o1", IntroductionOutcome.NO_RESPONSE, APRIL),
                                  introduction("i3", "cy", "me", "di", FEB),
                                  outcome("i3", "o1", IntroductionOutcome.DEAL, APRIL),
                                  introduction("i4", "me", "bo", "ed", APRIL),
                                  introduction("i5", "di", "me", "ed", MAY),
                                  outcome("i5", "o1", IntroductionOutcome.OPPORTUNITY, MAY),
                                  introduction("i6", "di", "me", "bo", MAY));

        List<ConnectorView> connectors = IntroductionsFold.connectors(facts);

        assertThat(connectors).extracting(ConnectorView::introducerId).containsExactly("cy", "bo", "di", "me");
        ConnectorView bo = connectors.get(1);
        assertThat(bo.name()).isEqualTo("Name bo");
        assertThat(bo.introductions()).isEqualTo(2);
        assertThat(bo.ledSomewhere()).isEqualTo(1);
        assertThat(bo.rate()).isEqualTo(0.5);
        assertThat(bo.met()).isEqualTo(1);
        assertThat(bo.hired()).isEqualTo(1);
        assertThat(bo.noResponse()).isEqualTo(1);
        assertThat(bo.noOutcome()).isZero();
        assertThat(bo.lastIntroductionAt()).isEqualTo(MARCH);
        assertThat(connectors.get(3).noOutcome()).isEqualTo(1);
        assertThat(connectors.get(3).rate()).isZero();
    }

    @Test
    void myIntroductionsShowWhatPassedAfterwardsBetweenTheTwoAndBackToMe() {
        LedgerFacts facts = facts(favor("f0", "bo", "cy", 5, true, FEB),
                                  introduction("i1", "me", "bo", "cy", MARCH),
                                  introduction("i2", "bo", "me", "cy", MARCH),
                                  favor("f1", "bo", "cy", 2, true, APRIL),
                                  favor("f2", "cy", "bo", 2, false, APRIL),
                                  favor("f3", "cy", "me", 4, true, MAY),
                                  favor("f4", "bo", "di", 3, true, MAY),
                                  new MeetingRecorded("team", "m1", MeetingKind.COFFEE, List.of("bo", "di", "cy"), MAY,
                                                      null, null, null, null),
                                  new MeetingRecorded("team", "m2", MeetingKind.COFFEE, List.of("bo", "cy"), FEB,
                                                      null, null, null, null));

        List<MyIntroductionView> mine = IntroductionsFold.mine(facts);

        assertThat(mine).extracting(view -> view.introduction().introductionId()).containsExactly("i1");
        assertThat(mine.get(0).afterwards()).isEqualTo(new Afterwards(2, 5.0, 1, 1, 4.0));
    }

    @Test
    void afterwardsRetractedThingsCountNowhereAndAmendedFavorsCountAsAmended() {
        LedgerFacts facts = facts(introduction("i1", "me", "bo", "cy", MARCH),
                                  favor("f1", "bo", "cy", 2, true, APRIL),
                                  new FavorRetracted("team", "f1", "never happened", MAY),
                                  favor("f2", "bo", "di", 2, true, APRIL),
                                  new FavorAmended("team", "f2", "a1", null, "cy", null, 4, null, null, null, null,
                                                   null, "it was Cy", MAY),
                                  favor("f3", "bo", "cy", 1, true, APRIL),
                                  new FavorAmended("team", "f3", "a1", null, "me", null, null, null, null, null, null,
                                                   null, "it was me", MAY),
                                  new MeetingRecorded("team", "m1", MeetingKind.CALL, List.of("bo", "cy"), APRIL,
                                                      null, null, null, null),
                                  new MeetingRetracted("team", "m1", "wrong people", MAY));

        Afterwards afterwards = IntroductionsFold.mine(facts).get(0).afterwards();

        assertThat(afterwards).isEqualTo(new Afterwards(1, 4.0, 0, 1, 1.0));
    }

    @Test
    void afterwardsAMergedContactsFavorsCountForItsSurvivor() {
        LedgerFacts facts = facts(introduction("i1", "me", "bo", "cy", MARCH),
                                  favor("f1", "bo", "di", 3, true, APRIL),
                                  favor("f2", "di", "me", 2, true, APRIL),
                                  new ContactsMerged("team", "cy", "di", MAY));

        assertThat(IntroductionsFold.mine(facts).get(0).afterwards()).isEqualTo(new Afterwards(1, 3.0, 0, 1, 2.0));
    }

    @Test
    void aHistoryWithoutALedgerOpeningHasNoFacts() {
        assertThat(IntroductionsFold.fold(List.of(contact("bo")))).isEmpty();
    }
}
