package goodwill.query.journal;

import static goodwill.query.journal.JournalHistories.everything;
import static goodwill.query.journal.JournalHistories.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import goodwill.query.Recorded;
import goodwill.query.journal.JournalEntry.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Links between entries, on {@link JournalHistories#everything()}: e4 records f1 (me → ana), e5 f2, e6 meeting
 * m1, e7 amends f1's weight, e8 retracts f2, e9 amends f1's kind and receiver, e10 retracts m1, e11 asks, e12
 * answers, e13 retracts a favor never recorded.
 */
class JournalFoldTest {

    private static final Map<String, JournalEntry> FOLDED = JournalHistories.folded(recorded(everything()));

    @Test
    void aRetractionPointsAtTheFavorItRetractsAndTheFavorListsIt() {
        assertThat(FOLDED.get("e8").correctsEventId()).isEqualTo("e5");
        assertThat(FOLDED.get("e5").correctedBy()).extracting(JournalEntry.CorrectionRef::eventId,
                                                              JournalEntry.CorrectionRef::type)
                                                  .containsExactly(tuple("e8", "FavorRetracted"));
        assertThat(FOLDED.get("e5").correctedBy().get(0).recordedAt()).isEqualTo(FOLDED.get("e8").recordedAt());
    }

    @Test
    void aRetractedMeetingListsItsRetractionToo() {
        assertThat(FOLDED.get("e10").correctsEventId()).isEqualTo("e6");
        assertThat(FOLDED.get("e6").correctedBy()).extracting(JournalEntry.CorrectionRef::eventId).containsExactly("e10");
    }

    @Test
    void anAmendmentShowsOnlyTheFieldsItChangedBeforeAndAfter() {
        assertThat(FOLDED.get("e7").changes()).containsExactly(new FieldChange("weight", "2", "4"));
        assertThat(FOLDED.get("e7").correctsEventId()).isEqualTo("e4");
    }

    @Test
    void aLaterAmendmentIsComparedWithTheFavorAsTheEarlierOneLeftIt() {
        assertThat(FOLDED.get("e9").changes()).containsExactly(new FieldChange("receiverId", "ana", "bo"),
                                                               new FieldChange("kind", "ADVICE", "REFERRAL"));
        assertThat(FOLDED.get("e4").correctedBy()).extracting(JournalEntry.CorrectionRef::eventId)
                                                  .containsExactly("e7", "e9");
    }

    @Test
    void aFollowUpPointsAtWhatItFollowsButIsNoCorrection() {
        assertThat(FOLDED.get("e12").correctsEventId()).isEqualTo("e11");
        assertThat(FOLDED.get("e11").correctedBy()).isEmpty();
        assertThat(FOLDED.get("e12").changes()).isEmpty();
    }

    @Test
    void aCorrectionOfSomethingNeverRecordedPointsNowhere() {
        assertThat(FOLDED.get("e13").correctsEventId()).isNull();
        assertThat(FOLDED.get("e13").corrects()).isEqualTo("favor:f9");
    }

    @Test
    void anEntryThatNothingCorrectsIsTheEventAsJournalEntryOfDescribesIt() {
        Recorded opening = recorded(everything()).get(0);
        assertThat(FOLDED.get("e1")).isEqualTo(Journal.entryOf(opening.event(), 1, "e1", opening.recordedAt(), "ana",
                                                                 "r1"));
    }

    @Test
    void everyEventSeenTwiceFoldsAsOnce() {
        List<Recorded> twice = new ArrayList<>();
        recorded(everything()).forEach(event -> twice.addAll(List.of(event, event)));
        List<Recorded> history = recorded(everything());
        List<Recorded> again = new ArrayList<>(history);
        again.addAll(history.subList(3, history.size()));

        assertThat(JournalHistories.folded(twice)).isEqualTo(FOLDED);
        assertThat(JournalHistories.folded(again)).isEqualTo(FOLDED);
    }
}
