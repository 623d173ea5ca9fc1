package goodwill.query.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.FavorKind;
import goodwill.events.IntroductionOutcome;
import goodwill.events.LedgerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvocacyFoldTest {

    private static final Instant FEB = Instant.parse("2024-02-01T10:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");

    private final LedgerEvents team = new LedgerEvents("team");

    private LedgerAdvocacy fold(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(team.opened(), team.contact("bo"), team.contact("cy"),
                                                            team.contact("di")));
        history.addAll(List.of(events));
        return LedgerAdvocacy.fold(history);
    }

    private static List<Factor> factors(LedgerAdvocacy history, String contactId) {
        return history.contacts().get(contactId).facts().stream().map(Fact::factor).toList();
    }

    private static List<String> keys(LedgerAdvocacy history, String contactId) {
        return history.contacts().get(contactId).facts().stream().map(Fact::key).toList();
    }

    @Test
    void aPlainFavorToMeIsAFavorForMeOfTheGiverWithItsWeightAndWhetherItWasAsked() {
        LedgerAdvocacy history = fold(team.favor("f1", "bo", "me", FavorKind.ADVICE, 3, false, null, FEB));

        Fact fact = history.contacts().get("bo").facts().get(0);
        assertThat(fact).isEqualTo(new Fact("favor:f1", Factor.FAVOR_FOR_ME, "FavorRecorded", "f1", FEB, 3, false, null));
        assertThat(history.contacts().get("cy").facts()).isEmpty();
    }

    @Test
    void referralsIntroductionsRecommendationsAndForwardedResumesForMeAreOnMyBehalf() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "bo", "me", FavorKind.REFERRAL, 3, false, null, FEB),
                team.favor("f2", "bo", "me", FavorKind.INTRODUCTION, 3, false, null, FEB),
                team.favor("f3", "bo", "me", FavorKind.RECOMMENDATION, 3, false, null, FEB),
                team.favor("f4", "bo", "me", FavorKind.RESUME_FORWARDED, 3, false, null, FEB),
                team.favor("f5", "bo", "me", FavorKind.RESOURCE, 3, false, null, FEB));

        assertThat(factors(history, "bo")).containsExactly(Factor.ON_MY_BEHALF, Factor.ON_MY_BEHALF,
                                                           Factor.ON_MY_BEHALF, Factor.ON_MY_BEHALF, Factor.FAVOR_FOR_ME);
    }

    @Test
    void aFavorToMeTowardAThirdPartyAndAFavorToAnotherTowardMeAreOnMyBehalf() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "bo", "me", FavorKind.SUPPORT, 2, false, "cy", FEB),
                team.favor("f2", "bo", "cy", FavorKind.ADVICE, 2, true, "me", MARCH));

        assertThat(keys(history, "bo")).containsExactly("favor:f1", "favor:f2");
        assertThat(factors(history, "bo")).containsOnly(Factor.ON_MY_BEHALF);
        assertThat(history.contacts().get("cy").facts()).isEmpty();
    }

    @Test
    void favorsIGaveAndFavorsBetweenOthersNotTowardMeCountForNobody() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "me", "bo", FavorKind.REFERRAL, 5, false, null, FEB),
                team.favor("f2", "bo", "cy", FavorKind.REFERRAL, 5, false, "di", FEB),
                team.favor("f3", "me", "bo", FavorKind.REFERRAL, 5, false, "cy", FEB));

        assertThat(history.contacts().values()).allSatisfy(contact -> assertThat(contact.facts()).isEmpty());
    }

    @Test
    void anIntroductionOfMeCountsForTheIntroducerAndEachOutcomeThatLedSomewhereOnce() {
        LedgerAdvocacy history = fold(
                team.introduction("i1", "bo", "cy", "me", FEB),
                team.outcome("i1", "o1", IntroductionOutcome.MET, MARCH),
                team.outcome("i1", "o1", IntroductionOutcome.MET, MARCH),
                team.outcome("i1", "o2", IntroductionOutcome.HIRED, APRIL),
                team.introduction("i2", "bo", "me", "di", FEB),
                team.outcome("i2", "o1", IntroductionOutcome.NO_RESPONSE, MARCH),
                team.outcome("i2", "o2", IntroductionOutcome.DECLINED, MARCH));

        assertThat(keys(history, "bo")).containsExactly("introduction:i1", "introduction:i1/o1", "introduction:i1/o2",
                                                        "introduction:i2");
        assertThat(factors(history, "bo")).containsExactly(Factor.INTRODUCED_ME, Factor.INTRODUCTION_LED_SOMEWHERE,
                                                           Factor.INTRODUCTION_LED_SOMEWHERE, Factor.INTRODUCED_ME);
        Fact hired = history.contacts().get("bo").facts().get(2);
        assertThat(hired.outcome()).isEqualTo(IntroductionOutcome.HIRED);
        assertThat(hired.occurredAt()).isEqualTo(APRIL);
        assertThat(hired.type()).isEqualTo("IntroductionOutcomeRecorded");
        assertThat(hired.sourceId()).isEqualTo("i1");
        assertThat(history.contacts().get("cy").facts()).isEmpty();
    }

    @Test
    void introductionsIMadeOrThatLeftMeOutCountForNobody() {
        LedgerAdvocacy history = fold(
                team.introduction("i1", "me", "bo", "cy", FEB),
                team.outcome("i1", "o1", IntroductionOutcome.DEAL, MARCH),
                team.introduction("i2", "bo", "cy", "di", FEB),
                team.outcome("i2", "o1", IntroductionOutcome.DEAL, MARCH));

        assertThat(history.contacts().values()).allSatisfy(contact -> assertThat(contact.facts()).isEmpty());
    }

    @Test
    void promisesMadeToMeCountWhenKeptOrBrokenDatedWhenResolvedAndOnlyTheFirstResolution() {
        LedgerAdvocacy history = fold(
                team.commitment("c1", "bo", "me", FEB), team.kept("c1", MARCH), team.broken("c1", APRIL),
                team.commitment("c2", "bo", "me", FEB), team.broken("c2", APRIL),
                team.commitment("c3", "bo", "me", FEB), team.released("c3", APRIL),
                team.commitment("c4", "bo", "me", FEB),
                team.commitment("c5", "me", "bo", FEB), team.kept("c5", MARCH),
                team.commitment("c6", "bo", "cy", FEB), team.kept("c6", MARCH));

        assertThat(history.contacts().get("bo").facts()).containsExactly(
                new Fact("commitment:c1", Factor.COMMITMENT_KEPT, "CommitmentKept", "c1", MARCH, 0, false, null),
                new Fact("commitment:c2", Factor.COMMITMENT_BROKEN, "CommitmentBroken", "c2", APRIL, 0, false, null));
    }

    @Test
    void aRetractedFavorCountsNoMore() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "bo", "me", FEB), team.favor("f2", "bo", "me", MARCH), team.retracted("f1", APRIL));

        assertThat(keys(history, "bo")).containsExactly("favor:f2");
    }

    @Test
    void anAmendedFavorIsClassifiedAgainWithItsNewValues() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "bo", "cy", FEB),
                team.amended("f1", null, "me", null, null, MARCH),
                team.favor("f2", "bo", "me", FEB),
                team.amended("f2", "cy", null, FavorKind.REFERRAL, 4, MARCH),
                team.favor("f3", "di", "me", FEB),
                team.amended("f3", null, "bo", null, null, MARCH));

        assertThat(history.contacts().get("bo").facts()).containsExactly(
                new Fact("favor:f1", Factor.FAVOR_FOR_ME, "FavorRecorded", "f1", MARCH, 2, true, null));
        assertThat(history.contacts().get("cy").facts()).containsExactly(
                new Fact("favor:f2", Factor.ON_MY_BEHALF, "FavorRecorded", "f2", MARCH, 4, true, null));
        assertThat(history.contacts().get("di").facts()).isEmpty();
    }

    @Test
    void anAmendmentAfterTheRetractionChangesNothing() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "bo", "me", FEB), team.retracted("f1", MARCH),
                team.amended("f1", null, null, null, 5, APRIL));

        assertThat(history.contacts().get("bo").facts()).isEmpty();
    }

    @Test
    void aMergedContactsFactsEarlierAndLaterCountForTheSurvivorAndItKeepsNone() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "cy", "me", FEB),
                team.favor("f2", "bo", "me", FEB),
                team.commitment("c1", "cy", "me", FEB),
                team.merged("cy", "bo", MARCH),
                team.kept("c1", APRIL),
                team.introduction("i1", "cy", "me", "di", APRIL),
                team.retracted("f2", APRIL));

        assertThat(keys(history, "bo")).containsExactly("commitment:c1", "favor:f1", "introduction:i1");
        assertThat(history.contacts().get("cy").facts()).isEmpty();
        assertThat(history.ledger().isMerged("cy")).isTrue();
    }

    @Test
    void aChainOfMergesEndsAtTheLastSurvivor() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "di", "me", FEB), team.merged("di", "cy", MARCH), team.merged("cy", "bo", MARCH),
                team.favor("f2", "di", "me", APRIL), team.retracted("f1", APRIL));

        assertThat(keys(history, "bo")).containsExactly("favor:f2");
        assertThat(history.ledger().survivorOf("di")).isEqualTo("bo");
    }

    @Test
    void aMergeClassifiesAgainWhatNamedTheMergedContact() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "bo", "me", FavorKind.ADVICE, 2, true, "cy", FEB),
                team.favor("f2", "di", "me", FavorKind.ADVICE, 2, true, "cy", FEB),
                team.merged("cy", "bo", MARCH));

        assertThat(factors(history, "bo")).as("toward the giver himself").containsExactly(Factor.FAVOR_FOR_ME);
        assertThat(factors(history, "di")).as("toward a third party still").containsExactly(Factor.ON_MY_BEHALF);
    }

    @Test
    void meHasNoEntryAndAContactMergedIntoMeDidNothingForMeButWhatTheyWereGivenWasGivenToMe() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "cy", "me", FEB), team.favor("f2", "bo", "cy", FEB),
                team.merged("cy", "me", MARCH), team.favor("f3", "cy", "di", APRIL));

        assertThat(history.contacts()).doesNotContainKey("me");
        assertThat(keys(history, "bo")).containsExactly("favor:f2");
        assertThat(history.contacts().get("cy").facts()).isEmpty();
        assertThat(history.contacts().get("di").facts()).isEmpty();
    }

    @Test
    void eventsOfOtherLedgersAndBeforeTheOpeningAreIgnored() {
        LedgerEvents other = new LedgerEvents("other");
        List<LedgerEvent> history = List.of(
                team.contact("zed"), team.opened(), team.contact("bo"),
                other.opened(), other.contact("bo"), other.favor("f1", "bo", "me", FEB),
                team.favor("f2", "bo", "me", FEB));

        LedgerAdvocacy folded = LedgerAdvocacy.fold(history);

        assertThat(folded.ledger().ledgerId()).isEqualTo("team");
        assertThat(folded.contacts()).containsOnlyKeys("bo");
        assertThat(keys(folded, "bo")).containsExactly("favor:f2");
    }

    @Test
    void theNameFollowsDetailChangesAndArchivalIsKeptWithTheFacts() {
        LedgerAdvocacy history = fold(
                team.favor("f1", "bo", "me", FEB),
                new ContactDetailsChanged("team", "bo", "Bo Chen", null, null, null, null, null, MARCH),
                new ContactDetailsChanged("team", "bo", null, "Initech", null, null, null, null, MARCH),
                new ContactArchived("team", "bo", "left", APRIL));

        ContactFacts bo = history.contacts().get("bo");
        assertThat(bo.name()).isEqualTo("Bo Chen");
        assertThat(bo.archived()).isTrue();
        assertThat(bo.facts()).hasSize(1);
    }

    @Test
    void theLedgerRecordsTheVersionThatSelectedItsFacts() {
        assertThat(fold().ledger().version()).isEqualTo(AdvocacyFormula.VERSION);
        assertThat(fold().ledger().meId()).isEqualTo("me");
    }

    @Test
    void theSameFactsFoldedAgainAreCountedOnce() {
        List<LedgerEvent> events = List.of(team.favor("f1", "bo", "me", FEB), team.introduction("i1", "bo", "me", "cy", FEB),
                                           team.outcome("i1", "o1", IntroductionOutcome.MET, MARCH));
        List<LedgerEvent> twice = new ArrayList<>(events);
        twice.addAll(events);

        Map<String, ContactFacts> once = fold(events.toArray(LedgerEvent[]::new)).contacts();

        assertThat(fold(twice.toArray(LedgerEvent[]::new)).contacts()).isEqualTo(once);
    }
}
