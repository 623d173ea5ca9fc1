package goodwill.query.depth;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.query.facts.LedgerFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DepthFoldTest {

    private static final Instant OPENED = Instant.parse("2023-01-01T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-12-31T00:00:00Z");

    private static Instant month(int month) {
        return Instant.parse("2024-%02d-10T10:00:00Z".formatted(month));
    }

    private static ContactAdded contact(String contactId) {
        return new ContactAdded("team", contactId, "Name " + contactId, null, null, null, List.of(), null, OPENED);
    }

    private static FavorRecorded favor(String favorId, String giverId, String receiverId, int weight, Instant at) {
        return new FavorRecorded("team", favorId, giverId, receiverId, FavorKind.ADVICE, weight, true, at, null, null,
                                 null);
    }

    private static MeetingRecorded meeting(String meetingId, Instant at, String... attendees) {
        return new MeetingRecorded("team", meetingId, MeetingKind.COFFEE, List.of(attendees), at, null, null, null,
                                   null);
    }

    private static LedgerFacts facts(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(new LedgerOpened("team", "me", "Ana Lopez", OPENED),
                                                            contact("bo"), contact("cy"), contact("di")));
        history.addAll(List.of(events));
        return DepthFold.fold(history).orElseThrow();
    }

    private static Map<String, Relationship> relationships(LedgerFacts facts, Instant asOf) {
        return DepthFold.relationships(facts, asOf).stream()
                        .collect(Collectors.toMap(Relationship::contactId, relationship -> relationship));
    }

    private static Map<String, Depth> depths(LedgerFacts facts) {
        return DepthFold.relationships(facts, AS_OF).stream()
                        .collect(Collectors.toMap(Relationship::contactId, Relationship::depth));
    }

    @Test
    void aRelationshipCountsFavorsBothWaysMeetingsAndIntroductionsNamingUsBoth() {
        LedgerFacts facts = facts(favor("f1", "me", "bo", 2, month(1)),
                                  new FavorRecorded("team", "f2", "bo", "me", FavorKind.REFERRAL, 3, false, month(3),
                                                    null, null, null),
                                  meeting("m1", month(3), "me", "bo", "cy"),
                                  new IntroductionMade("team", "i1", "cy", "me", "bo", null, month(5)),
                                  favor("f3", "bo", "cy", 5, month(6)),
                                  meeting("m2", month(6), "bo", "cy"));

        Relationship bo = relationships(facts, AS_OF).get("bo");

        assertThat(bo.name()).isEqualTo("Name bo");
        assertThat(bo.interactions()).isEqualTo(4);
        assertThat(bo.months()).isEqualTo(3);
        assertThat(bo.given()).isEqualTo(2.0);
        assertThat(bo.received()).isEqualTo(4.5);
        assertThat(bo.firstAt()).isEqualTo(month(1));
        assertThat(bo.lastAt()).isEqualTo(month(5));
        assertThat(bo.lastReceivedAt()).isEqualTo(month(3));
        assertThat(bo.lastInvestedAt()).as("the meeting; not the introduction Cy made").isEqualTo(month(3));
        assertThat(relationships(facts, AS_OF).get("cy").interactions()).isEqualTo(2);
        assertThat(relationships(facts, AS_OF)).doesNotContainKey("me");
    }

    @Test
    void depthIsNoneOneTouchTwoWayRecurringOrDeepReadTopDown() {
        List<LedgerEvent> events = new ArrayList<>(List.of(
                contact("ed"), contact("fa"), contact("gu"),
                meeting("m1", month(1), "me", "bo"),
                favor("f1", "me", "cy", 1, month(1)), favor("f2", "me", "cy", 1, month(2)),
                favor("f3", "me", "di", 1, month(1)), favor("f4", "di", "me", 1, month(2)),
                favor("f5", "me", "ed", 1, month(1)), meeting("m2", month(4), "me", "ed"),
                meeting("m3", month(7), "me", "ed")));
        for (int i = 1; i <= 3; i++) {
            events.add(favor("fa" + i, "me", "fa", 1, month(i)));
            events.add(favor("fb" + i, "fa", "me", 1, month(i)));
        }
        events.add(favor("g1", "me", "gu", 1, month(1)));
        events.add(favor("g2", "gu", "me", 1, month(5)));
        events.add(meeting("g3", month(9), "me", "gu"));

        Map<String, Depth> depths = depths(facts(events.toArray(LedgerEvent[]::new)));

        assertThat(depths).containsEntry("bo", Depth.ONE_TOUCH)
                          .containsEntry("cy", Depth.ONE_TOUCH)
                          .containsEntry("di", Depth.TWO_WAY)
                          .containsEntry("ed", Depth.RECURRING)
                          .containsEntry("fa", Depth.DEEP)
                          .containsEntry("gu", Depth.RECURRING);
        assertThat(depths(facts())).containsOnly(Map.entry("bo", Depth.NONE), Map.entry("cy", Depth.NONE),
                                                 Map.entry("di", Depth.NONE));
    }

    @Test
    void aRetractedFavorOrMeetingNoLongerCounts() {
        LedgerFacts facts = facts(favor("f1", "me", "bo", 2, month(1)), favor("f2", "bo", "me", 2, month(2)),
                                  new FavorRetracted("team", "f2", "never happened", month(3)),
                                  meeting("m1", month(4), "me", "bo"),
                                  new MeetingRetracted("team", "m1", "wrong day", month(4)));

        Relationship bo = relationships(facts, AS_OF).get("bo");

        assertThat(bo.interactions()).isEqualTo(1);
        assertThat(bo.received()).isZero();
        assertThat(bo.depth()).isEqualTo(Depth.ONE_TOUCH);
    }

    @Test
    void anAmendedFavorCountsWithItsNewValuesPossiblyForSomeoneElse() {
        LedgerFacts facts = facts(favor("f1", "bo", "me", 2, month(1)),
                                  new FavorAmended("team", "f1", "a1", null, null, null, 5, false, month(2), null,
                                                   null, null, "bigger", month(3)),
                                  favor("f2", "bo", "me", 2, month(1)),
                                  new FavorAmended("team", "f2", "a1", "cy", null, null, null, null, null, null, null,
                                                   null, "it was Cy", month(3)),
                                  favor("f3", "bo", "di", 2, month(1)),
                                  new FavorAmended("team", "f3", "a1", null, "me", null, null, null, null, null, null,
                                                   null, "it was me", month(3)));

        Map<String, Relationship> relationships = relationships(facts, AS_OF);

        assertThat(relationships.get("bo").received()).isEqualTo(7.5 + 2);
        assertThat(relationships.get("bo").firstAt()).isEqualTo(month(1));
        assertThat(relationships.get("bo").lastAt()).isEqualTo(month(2));
        assertThat(relationships.get("cy").received()).isEqualTo(2.0);
        assertThat(relationships.get("di").interactions()).isZero();
    }

    @Test
    void aMergedContactsHistoryEarlierAndLaterIsItsSurvivorsAndItLeavesTheReport() {
        LedgerFacts facts = facts(favor("f1", "me", "cy", 2, month(1)), meeting("m1", month(2), "me", "bo", "cy"),
                                  new ContactsMerged("team", "bo", "cy", month(3)),
                                  favor("f2", "cy", "me", 3, month(4)));

        Map<String, Relationship> relationships = relationships(facts, AS_OF);

        assertThat(relationships).containsOnlyKeys("bo", "di");
        Relationship bo = relationships.get("bo");
        assertThat(bo.interactions()).as("the meeting both attended counts once").isEqualTo(3);
        assertThat(bo.given()).isEqualTo(2.0);
        assertThat(bo.received()).isEqualTo(3.0);
        assertThat(bo.depth()).isEqualTo(Depth.RECURRING);
    }

    @Test
    void onlyWhatHappenedByAsOfCountsAndOnlyContactsAddedByThen() {
        LedgerFacts facts = facts(favor("f1", "me", "bo", 2, month(1)), favor("f2", "bo", "me", 2, month(6)),
                                  new ContactAdded("team", "late", "Late", null, null, null, List.of(), null, month(8)));

        Map<String, Relationship> inMay = relationships(facts, month(5));

        assertThat(inMay).doesNotContainKey("late");
        assertThat(inMay.get("bo").received()).isZero();
        assertThat(inMay.get("bo").depth()).isEqualTo(Depth.ONE_TOUCH);
        assertThat(relationships(facts, AS_OF).get("bo").depth()).isEqualTo(Depth.TWO_WAY);
    }

    @Test
    void theTopDecileShareIsWhatTheTopTenthOfContactsRoundedUpGaveOverWhatEveryoneGave() {
        List<LedgerEvent> events = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            events.add(contact("c" + i));
            events.add(favor("f" + i, "c" + i, "me", i <= 2 ? 5 : 1, month(1)));
        }

        TopDecileShare share = DepthFold.report(facts(events.toArray(LedgerEvent[]::new)), AS_OF, null)
                                        .topDecileShare();

        assertThat(share.contacts()).as("14 contacts: bo, cy, di and c1-c11").isEqualTo(2);
        assertThat(share.receivedFromTop()).isEqualTo(10.0);
        assertThat(share.receivedTotal()).isEqualTo(19.0);
        assertThat(share.share()).isEqualTo(10.0 / 19.0);
        assertThat(DepthFold.report(facts(), AS_OF, null).topDecileShare())
                .isEqualTo(new TopDecileShare(1, 0, 0, null));
    }

    @Test
    void aDormantTieMatteredAndHadNoInvestmentFromMeForTwelveMonthsRankedByHowMuchItMattered() {
        Instant longAgo = Instant.parse("2023-06-01T10:00:00Z");
        LedgerFacts facts = facts(
                favor("b1", "bo", "me", 5, longAgo), favor("b2", "bo", "me", 2, month(11)),
                favor("b3", "me", "bo", 1, Instant.parse("2023-12-30T10:00:00Z")),
                favor("c1", "cy", "me", 5, longAgo), favor("c2", "cy", "me", 5, longAgo),
                meeting("c3", Instant.parse("2023-12-15T10:00:00Z"), "me", "cy"),
                favor("d1", "di", "me", 5, longAgo), favor("d2", "di", "me", 4, longAgo),
                new IntroductionMade("team", "i1", "me", "di", "gu", null, Instant.parse("2024-02-01T10:00:00Z")),
                contact("ed"), favor("e1", "ed", "me", 5, longAgo), favor("e2", "ed", "me", 5, longAgo),
                new ContactArchived("team", "ed", "left", month(1)),
                contact("fa"), favor("fa1", "fa", "me", 5, longAgo), favor("fa2", "fa", "me", 1, longAgo),
                contact("gu"), favor("g1", "gu", "me", 5, longAgo));

        List<DormantTie> dormant = DepthFold.report(facts, AS_OF, null).dormantTies();

        assertThat(dormant).extracting(DormantTie::contactId).containsExactly("cy", "bo", "fa");
        DormantTie cy = dormant.get(0);
        assertThat(cy.name()).isEqualTo("Name cy");
        assertThat(cy.mattered()).isEqualTo(10.0);
        assertThat(cy.lastInvestedAt()).isEqualTo(Instant.parse("2023-12-15T10:00:00Z"));
        assertThat(cy.monthsSinceInvestment()).isEqualTo(12);
        assertThat(cy.why()).isEqualTo("They gave me 10 (weighted), the last on 2023-06-01; I last invested in them on"
                                               + " 2023-12-15, 12 months before 2024-12-31.");
        DormantTie fa = dormant.get(2);
        assertThat(fa.lastInvestedAt()).isNull();
        assertThat(fa.monthsSinceInvestment()).isNull();
        assertThat(fa.why()).endsWith("I never invested in them since we first met on 2023-06-01.");
    }

    @Test
    void theReportCountsEveryDepthListsDeepestFirstAndFiltersOnlyTheList() {
        LedgerFacts facts = facts(favor("f1", "me", "bo", 2, month(1)), favor("f2", "cy", "me", 2, month(1)),
                                  favor("f3", "me", "cy", 2, month(2)));

        DepthView report = DepthFold.report(facts, AS_OF, null);
        DepthView oneTouch = DepthFold.report(facts, AS_OF, Depth.ONE_TOUCH);

        assertThat(report.counts()).containsExactly(Map.entry(Depth.NONE, 1), Map.entry(Depth.ONE_TOUCH, 1),
                                                    Map.entry(Depth.TWO_WAY, 1), Map.entry(Depth.RECURRING, 0),
                                                    Map.entry(Depth.DEEP, 0));
        assertThat(report.contacts()).extracting(ContactDepth::contactId).containsExactly("cy", "bo", "di");
        assertThat(oneTouch.contacts()).extracting(ContactDepth::contactId).containsExactly("bo");
        assertThat(oneTouch.counts()).isEqualTo(report.counts());
        assertThat(oneTouch.topDecileShare()).isEqualTo(report.topDecileShare());
    }
}
