package goodwill.query.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactsMerged;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.query.InMemoryDocumentStore;
import goodwill.query.ReadModelCollections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommitmentsFoldTest {

    private static final Instant OPENED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T10:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2024-03-15");

    private static final LedgerOpened LEDGER = new LedgerOpened("team", "me", "Ana Lopez", OPENED);

    private static ContactAdded contact(String contactId) {
        return new ContactAdded("team", contactId, contactId, null, null, null, List.of(), null, OPENED);
    }

    private static CommitmentMade made(String commitmentId, String promiserId, String promiseeId) {
        return new CommitmentMade("team", commitmentId, promiserId, promiseeId, "an intro", DUE, MARCH);
    }

    /** Ledger "team" after a history: the fold's documents in memory, commitments by id in the order made. */
    private record History(CommitmentsLedger ledger, Map<String, CommitmentRecord> commitments) {
    }

    private static History fold(LedgerEvent... events) {
        List<LedgerEvent> history = new ArrayList<>(List.of(LEDGER, contact("bo"), contact("cy")));
        history.addAll(List.of(events));
        return folded(history);
    }

    private static History folded(List<LedgerEvent> history) {
        InMemoryDocumentStore store = new InMemoryDocumentStore();
        new CommitmentsFold(store).applyEvents(history);
        Map<String, CommitmentRecord> commitments = new LinkedHashMap<>();
        store.all(ReadModelCollections.COMMITMENTS, StoredCommitment.class)
             .forEach(stored -> commitments.put(stored.commitment().commitmentId(), stored.commitment()));
        return new History(store.byId(ReadModelCollections.COMMITMENTS_LEDGERS, CommitmentsLedger.class).get("team"),
                           commitments);
    }

    private static List<KeptRate> keptRates(History history) {
        List<CommitmentRecord> counted = history.commitments().values().stream()
                .map(commitment -> CommitmentsFold.asCountedNow(commitment, history.ledger())).toList();
        return CommitmentsFold.keptRates(counted, history.ledger().meId());
    }

    @Test
    void aNewCommitmentIsOpenWithItsPartiesDueDayAndTimeMade() {
        CommitmentRecord commitment = fold(made("c1", "me", "bo")).commitments().get("c1");

        assertThat(commitment.status()).isEqualTo(CommitmentState.OPEN);
        assertThat(commitment.promiserId()).isEqualTo("me");
        assertThat(commitment.promiseeId()).isEqualTo("bo");
        assertThat(commitment.dueOn()).isEqualTo(DUE);
        assertThat(commitment.madeAt()).isEqualTo(MARCH);
        assertThat(commitment.resolvedAt()).isNull();
    }

    @Test
    void aKeptCommitmentNamesTheFavorThatKeptIt() {
        CommitmentRecord commitment = fold(made("c1", "me", "bo"), new CommitmentKept("team", "c1", "f9", APRIL))
                .commitments().get("c1");

        assertThat(commitment.status()).isEqualTo(CommitmentState.KEPT);
        assertThat(commitment.resolvedAt()).isEqualTo(APRIL);
        assertThat(commitment.favorId()).isEqualTo("f9");
    }

    @Test
    void aCommitmentIsResolvedOnceAndALaterResolutionChangesNothing() {
        CommitmentRecord commitment = fold(made("c1", "me", "bo"),
                                           new CommitmentBroken("team", "c1", MARCH),
                                           new CommitmentReleased("team", "c1", APRIL)).commitments().get("c1");

        assertThat(commitment.status()).isEqualTo(CommitmentState.BROKEN);
        assertThat(commitment.resolvedAt()).isEqualTo(MARCH);
    }

    @Test
    void aCommitmentIsOverdueOnlyWhenOpenAndDueBeforeToday() {
        CommitmentRecord open = fold(made("c1", "me", "bo")).commitments().get("c1");
        CommitmentRecord kept = fold(made("c1", "me", "bo"), new CommitmentKept("team", "c1", null, APRIL))
                .commitments().get("c1");
        CommitmentRecord undated = CommitmentsFold.made(new CommitmentMade("team", "c2", "me", "bo", "x", null, MARCH));

        assertThat(open.overdue(DUE)).isFalse();
        assertThat(open.overdue(DUE.plusDays(1))).isTrue();
        assertThat(kept.overdue(DUE.plusDays(1))).isFalse();
        assertThat(undated.overdue(DUE.plusYears(1))).isFalse();
    }

    @Test
    void theKeptRateIsKeptOverKeptAndBrokenWithReleasedAndOpenOnesNotCounted() {
        List<KeptRate> rates = keptRates(fold(
                made("c1", "bo", "me"), new CommitmentKept("team", "c1", null, APRIL),
                made("c2", "bo", "me"), new CommitmentKept("team", "c2", null, APRIL),
                made("c3", "bo", "cy"), new CommitmentBroken("team", "c3", APRIL),
                made("c4", "bo", "me"), new CommitmentReleased("team", "c4", APRIL),
                made("c5", "bo", "me")));

        assertThat(rates).containsExactly(new KeptRate("me", 0, 0, 0, 0, null),
                                          new KeptRate("bo", 2, 1, 1, 1, 2.0 / 3));
    }

    @Test
    void meHasAKeptRateToo() {
        List<KeptRate> rates = keptRates(fold(made("c1", "me", "bo"), new CommitmentBroken("team", "c1", APRIL),
                                              made("c2", "cy", "me")));

        assertThat(rates).containsExactly(new KeptRate("me", 0, 1, 0, 0, 0.0),
                                          new KeptRate("cy", 0, 0, 0, 1, null));
    }

    @Test
    void aMergedContactsCommitmentsEarlierAndLaterCountForTheSurvivor() {
        History history = fold(
                made("c1", "cy", "me"), new CommitmentKept("team", "c1", null, MARCH),
                made("c2", "bo", "me"), new CommitmentBroken("team", "c2", MARCH),
                new ContactsMerged("team", "bo", "cy", APRIL),
                made("c3", "me", "cy"));

        assertThat(keptRates(history)).containsExactly(new KeptRate("me", 0, 0, 0, 1, null),
                                                       new KeptRate("bo", 1, 1, 0, 0, 0.5));
        CommitmentRecord c3 = CommitmentsFold.asCountedNow(history.commitments().get("c3"), history.ledger());
        assertThat(c3.promiseeId()).isEqualTo("bo");
        assertThat(history.commitments().get("c3").promiseeId()).isEqualTo("cy");
    }

    @Test
    void aContactMergedIntoOneMergedLaterCountsForTheLastSurvivor() {
        History history = folded(List.of(
                LEDGER, contact("bo"), contact("cy"), contact("di"),
                made("c1", "di", "me"), new CommitmentKept("team", "c1", null, MARCH),
                new ContactsMerged("team", "cy", "di", MARCH),
                new ContactsMerged("team", "bo", "cy", APRIL)));

        assertThat(keptRates(history)).contains(new KeptRate("bo", 1, 0, 0, 0, 1.0));
    }

    @Test
    void anArchivedContactKeepsItsCommitmentsAndItsRate() {
        History history = fold(made("c1", "bo", "me"), new CommitmentKept("team", "c1", null, MARCH),
                                               new ContactArchived("team", "bo", null, APRIL));

        assertThat(keptRates(history)).contains(new KeptRate("bo", 1, 0, 0, 0, 1.0));
        assertThat(history.ledger().knows("bo")).isTrue();
    }

    @Test
    void aCommitmentSeenTwiceKeepsItsResolution() {
        CommitmentMade made = made("c1", "me", "bo");

        CommitmentRecord commitment = fold(made, new CommitmentKept("team", "c1", null, APRIL), made)
                .commitments().get("c1");

        assertThat(commitment.status()).isEqualTo(CommitmentState.KEPT);
    }

    @Test
    void eventsOfAnotherLedgerChangeNothing() {
        History history = fold(
                new CommitmentMade("other", "c1", "me", "bo", "x", DUE, MARCH),
                made("c2", "me", "bo"), new CommitmentKept("other", "c2", null, APRIL));

        assertThat(history.commitments()).containsOnlyKeys("c2");
        assertThat(history.commitments().get("c2").status()).isEqualTo(CommitmentState.OPEN);
    }
}
