package goodwill.query.facts;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.FavorAmended;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRetracted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerFactsTest {

    private static final List<LedgerEvent> HISTORY = CorrectedHistory.of("team");

    @Test
    void aHistorySeenTwiceLeavesTheSameFactsAsSeenOnce() {
        List<LedgerEvent> twice = new ArrayList<>(HISTORY);
        twice.addAll(HISTORY);

        assertThat(LedgerFacts.fold(twice)).isEqualTo(LedgerFacts.fold(HISTORY));
    }

    @Test
    void eventsOfOtherLedgersArePassedOver() {
        List<LedgerEvent> mixed = new ArrayList<>();
        List<LedgerEvent> other = CorrectedHistory.of("other");
        for (int i = 0; i < HISTORY.size(); i++) {
            mixed.add(HISTORY.get(i));
            mixed.add(other.get(i));
        }

        assertThat(LedgerFacts.fold(mixed)).isEqualTo(LedgerFacts.fold(HISTORY));
    }

    @Test
    void aCorrectionOfSomethingTheHistoryDoesNotHoldChangesNothing() {
        Instant at = Instant.parse("2024-02-01T00:00:00Z");
        List<LedgerEvent> history = new ArrayList<>(HISTORY);
        history.add(new FavorRetracted("team", "nope", "?", at));
        history.add(new FavorAmended("team", "nope", "a1", "me", "bo", null, 2, null, null, null, null, null, null, at));
        history.add(new MeetingRetracted("team", "nope", "?", at));
        history.add(new IntroductionOutcomeRecorded("team", "nope", "o1", IntroductionOutcome.MET, at, null));

        assertThat(LedgerFacts.fold(history)).isEqualTo(LedgerFacts.fold(HISTORY));
    }

    @Test
    void mergedContactsCountAsTheirSurvivorThroughChainsAndRetractedThingsAreLeftOut() {
        LedgerFacts facts = LedgerFacts.fold(HISTORY).orElseThrow();

        assertThat(facts.survivorOf("fa")).isEqualTo("di");
        assertThat(facts.contacts()).extracting(Person::contactId).containsExactly("bo", "cy", "di");
        assertThat(facts.liveFavors()).extracting(LedgerFacts.Favor::favorId)
                                      .containsExactly("f1", "f2", "f4", "f5", "f6", "f7", "f8");
        assertThat(facts.liveFavors()).filteredOn(favor -> favor.favorId().equals("f5"))
                                      .extracting(LedgerFacts.Favor::receiverId).containsExactly("di");
        assertThat(facts.liveMeetings()).extracting(LedgerFacts.Meeting::meetingId).containsExactly("m1");
        assertThat(facts.liveIntroductions().get(1).made().personBId()).isEqualTo("di");
        assertThat(facts.nameOf("cy")).isEqualTo("Carla Diaz");
        assertThat(facts.people().get("cy").archived()).isTrue();
    }

    @Test
    void withoutAnOpeningThereAreNoFacts() {
        assertThat(LedgerFacts.fold(HISTORY.subList(1, HISTORY.size()))).isEmpty();
        assertThat(LedgerFacts.fold(List.of(new LedgerOpened("x", "me", "Me", Instant.EPOCH)))).isPresent();
    }
}
