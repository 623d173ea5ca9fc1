package goodwill.command.commitment;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final Instant PROMISED = Instant.parse("2024-02-20T15:00:00Z");
    private static final Instant LATER = Instant.parse("2024-02-27T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2024-02-28");

    private FixtureConfiguration<Commitment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Commitment.class);
        fixture.registerInjectableResource(new InMemoryLedgerDirectory().withLedger("team", "me")
                                                                        .withContact("team", "ana")
                                                                        .withFavor("team", "intro"));
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
    }

    private static MakeCommitment commitment(String promiserId, String promiseeId) {
        return new MakeCommitment("team", "c1", promiserId, promiseeId, "introduce Ana to Bo", DUE, PROMISED);
    }

    private static ResolveCommitment resolution(CommitmentStatus status, Instant at, String favorId) {
        return new ResolveCommitment("team", "c1", status, at, favorId);
    }

    @Test
    void aPromiseBetweenTwoLiveContactsIsMade() {
        fixture.givenNoPriorActivity()
               .when(commitment("me", "ana"))
               .expectEvents(commitment("me", "ana").toEvent());
    }

    @Test
    void aPromiseNeedNotHaveADueDay() {
        MakeCommitment undated = new MakeCommitment("team", "c1", "ana", "me", "send the deck", null, PROMISED);
        fixture.givenNoPriorActivity()
               .when(undated)
               .expectEvents(undated.toEvent());
    }

    @Test
    void makingTheSameCommitmentAgainRecordsNothing() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(commitment("me", "ana"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aCommitmentIdAlreadyUsedForAnotherCommitmentIsAConflict() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(commitment("ana", "me"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "commitmentId"));
    }

    @Test
    void noOneMakesAPromiseToThemselves() {
        fixture.givenNoPriorActivity()
               .when(commitment("ana", "ana"))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_DISTINCT, "promiseeId"));
    }

    @Test
    void thePromiserMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(commitment("stranger", "me"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "promiserId"));
    }

    @Test
    void thePromiseeMustBeALiveContactOfTheLedger() {
        fixture.givenNoPriorActivity()
               .when(commitment("me", "stranger"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "promiseeId"));
    }

    @Test
    void aPromiseIsNotDueBeforeItWasMade() {
        fixture.givenNoPriorActivity()
               .when(new MakeCommitment("team", "c1", "me", "ana", "call", LocalDate.parse("2024-02-19"), PROMISED))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_ORDER, "dueOn"));
    }

    @Test
    void aCommitmentCannotBeMadeInALedgerThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
               .when(new MakeCommitment("elsewhere", "c1", "me", "ana", "call", null, PROMISED))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void aCommitmentCannotHaveBeenMadeInTheFuture() {
        fixture.givenNoPriorActivity()
               .when(new MakeCommitment("team", "c1", "me", "ana", "call", null, NOW.plus(Duration.ofDays(1))))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    @Test
    void aCommitmentIsDueAtMostTenYearsAhead() {
        LocalDate tenYearsAhead = LocalDate.parse("2034-03-01");
        fixture.givenNoPriorActivity()
               .when(new MakeCommitment("team", "c1", "me", "ana", "call", tenYearsAhead.plusDays(1), PROMISED))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "dueOn"));
        fixture.givenNoPriorActivity()
               .when(new MakeCommitment("team", "c1", "me", "ana", "call", tenYearsAhead, PROMISED))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCommitmentCannotHaveBeenMadeBefore1900() {
        fixture.givenNoPriorActivity()
               .when(new MakeCommitment("team", "c1", "me", "ana", "call", null, Instant.parse("1066-10-14T09:00:00Z")))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "occurredAt"));
    }

    @Test
    void aCommitmentIsKeptByAFavorOfTheLedger() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(resolution(CommitmentStatus.KEPT, LATER, "intro"))
               .expectEvents(resolution(CommitmentStatus.KEPT, LATER, "intro").toEvent());
    }

    @Test
    void aCommitmentIsBroken() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(resolution(CommitmentStatus.BROKEN, LATER, null))
               .expectEvents(resolution(CommitmentStatus.BROKEN, LATER, null).toEvent());
    }

    @Test
    void aCommitmentIsReleased() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(resolution(CommitmentStatus.RELEASED, LATER, null))
               .expectEvents(resolution(CommitmentStatus.RELEASED, LATER, null).toEvent());
    }

    @Test
    void aCommitmentIsResolvedAtMostOnce() {
        fixture.given(commitment("me", "ana").toEvent(), resolution(CommitmentStatus.KEPT, LATER, null).toEvent())
               .when(resolution(CommitmentStatus.BROKEN, LATER, null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_RESOLVED, null));
    }

    @Test
    void resolvingACommitmentTheSameWayAgainRecordsNothing() {
        fixture.given(commitment("me", "ana").toEvent(), resolution(CommitmentStatus.KEPT, LATER, "intro").toEvent())
               .when(resolution(CommitmentStatus.KEPT, LATER, "intro"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aResolutionNeedsAnExistingCommitment() {
        fixture.givenNoPriorActivity()
               .when(resolution(CommitmentStatus.KEPT, LATER, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_COMMITMENT, null));
    }

    @Test
    void aResolutionInALedgerThatWasNeverOpenedNamesTheLedger() {
        fixture.givenNoPriorActivity()
               .when(new ResolveCommitment("elsewhere", "c1", CommitmentStatus.KEPT, LATER, null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void theFavorThatKeptACommitmentMustHaveBeenRecordedInTheLedger() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(resolution(CommitmentStatus.KEPT, LATER, "unknown"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_FAVOR, "favorId"));
    }

    @Test
    void onlyAKeptCommitmentNamesAFavor() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(resolution(CommitmentStatus.BROKEN, LATER, "intro"))
               .expectNoEvents()
               .expectException(refused(Reason.NOT_APPLICABLE, "favorId"));
    }

    @Test
    void aCommitmentCannotBeResolvedBeforeItWasMade() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(resolution(CommitmentStatus.KEPT, PROMISED.minus(Duration.ofDays(1)), null))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_ORDER, "occurredAt"));
    }

    @Test
    void aCommitmentCannotBeResolvedInTheFuture() {
        fixture.given(commitment("me", "ana").toEvent())
               .when(resolution(CommitmentStatus.KEPT, NOW.plus(Duration.ofDays(1)), null))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }
}
