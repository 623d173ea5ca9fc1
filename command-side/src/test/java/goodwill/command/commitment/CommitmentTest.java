package goodwill.command.commitment;

import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.recordsNothingAgain;
import static goodwill.command.AggregateTesting.refuses;
import static goodwill.command.AggregateTesting.refusesADayAhead;
import static goodwill.command.AggregateTesting.refusesADayBefore;
import static goodwill.command.AggregateTesting.refusesInALedgerNeverOpened;

import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.events.CommitmentMade;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    private static final Instant PROMISED = Instant.parse("2024-02-20T15:00:00Z");
    private static final Instant LATER = Instant.parse("2024-02-27T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2024-02-28");

    private final FixtureConfiguration<Commitment> fixture = fixtureOf(Commitment.class,
            InMemoryLedgerDirectory.team("ana").withFavor("team", "intro"));

    private static MakeCommitment commitment(String promiserId, String promiseeId) {
        return new MakeCommitment("team", "c1", promiserId, promiseeId, "introduce Ana to Bo", DUE, PROMISED);
    }

    /** A call promised by me to ana, due on the day given. */
    private static MakeCommitment callDueOn(LocalDate dueOn) {
        return new MakeCommitment("team", "c1", "me", "ana", "call", dueOn, PROMISED);
    }

    /** The commitment c1 of me to ana, made. */
    private static CommitmentMade made() {
        return commitment("me", "ana").toEvent("ana");
    }

    private static ResolveCommitment resolution(CommitmentStatus status, Instant at, String favorId) {
        return new ResolveCommitment("team", "c1", status, at, favorId);
    }

    @Test
    void aPromiseBetweenTwoLiveContactsIsMade() {
        fixture.givenNoPriorActivity()
               .when(commitment("me", "ana"))
               .expectEvents(made());
    }

    @Test
    void aPromiseNeedNotHaveADueDay() {
        MakeCommitment undated = new MakeCommitment("team", "c1", "ana", "me", "send the deck", null, PROMISED);
        fixture.givenNoPriorActivity()
               .when(undated)
               .expectEvents(undated.toEvent("ana"));
    }

    @Test
    void makingTheSameCommitmentAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(made()), commitment("me", "ana"));
    }

    @Test
    void aCommitmentIdAlreadyUsedForAnotherCommitmentIsAConflict() {
        refuses(fixture.given(made()), commitment("ana", "me"), Reason.ID_CONFLICT, "commitmentId");
    }

    @Test
    void noOneMakesAPromiseToThemselves() {
        refuses(fixture.givenNoPriorActivity(), commitment("ana", "ana"), Reason.NOT_DISTINCT, "promiseeId");
    }

    @Test
    void thePromiserMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), commitment("stranger", "me"), Reason.UNKNOWN_CONTACT, "promiserId");
    }

    @Test
    void thePromiseeMustBeALiveContactOfTheLedger() {
        refuses(fixture.givenNoPriorActivity(), commitment("me", "stranger"), Reason.UNKNOWN_CONTACT, "promiseeId");
    }

    @Test
    void aPromiseIsNotDueBeforeItWasMade() {
        refuses(fixture.givenNoPriorActivity(), callDueOn(LocalDate.parse("2024-02-19")), Reason.OUT_OF_ORDER,
                "dueOn");
    }

    @Test
    void aCommitmentCannotBeMadeInALedgerThatWasNeverOpened() {
        refusesInALedgerNeverOpened(fixture, new MakeCommitment("elsewhere", "c1", "me", "ana", "call", null,
                                                                PROMISED));
    }

    @Test
    void aCommitmentCannotHaveBeenMadeInTheFuture() {
        refusesADayAhead(fixture.givenNoPriorActivity(),
                         at -> new MakeCommitment("team", "c1", "me", "ana", "call", null, at));
    }

    @Test
    void aCommitmentIsDueAtMostTenYearsAhead() {
        LocalDate tenYearsAhead = LocalDate.parse("2034-03-01");
        refuses(fixture.givenNoPriorActivity(), callDueOn(tenYearsAhead.plusDays(1)), Reason.OUT_OF_RANGE, "dueOn");
        fixture.givenNoPriorActivity()
               .when(callDueOn(tenYearsAhead))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCommitmentCannotHaveBeenMadeBefore1900() {
        refuses(fixture.givenNoPriorActivity(),
                new MakeCommitment("team", "c1", "me", "ana", "call", null, Instant.parse("1066-10-14T09:00:00Z")),
                Reason.OUT_OF_RANGE, "occurredAt");
    }

    @Test
    void aCommitmentIsKeptByAFavorOfTheLedger() {
        fixture.given(made())
               .when(resolution(CommitmentStatus.KEPT, LATER, "intro"))
               .expectEvents(resolution(CommitmentStatus.KEPT, LATER, "intro").toEvent());
    }

    @Test
    void aCommitmentIsBroken() {
        fixture.given(made())
               .when(resolution(CommitmentStatus.BROKEN, LATER, null))
               .expectEvents(resolution(CommitmentStatus.BROKEN, LATER, null).toEvent());
    }

    @Test
    void aCommitmentIsReleased() {
        fixture.given(made())
               .when(resolution(CommitmentStatus.RELEASED, LATER, null))
               .expectEvents(resolution(CommitmentStatus.RELEASED, LATER, null).toEvent());
    }

    @Test
    void aCommitmentIsResolvedAtMostOnce() {
        refuses(fixture.given(made(), resolution(CommitmentStatus.KEPT, LATER, null).toEvent()),
                resolution(CommitmentStatus.BROKEN, LATER, null), Reason.ALREADY_RESOLVED, null);
    }

    @Test
    void resolvingACommitmentTheSameWayAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(made(), resolution(CommitmentStatus.KEPT, LATER, "intro").toEvent()),
                            resolution(CommitmentStatus.KEPT, LATER, "intro"));
    }

    @Test
    void aResolutionNeedsAnExistingCommitment() {
        refuses(fixture.givenNoPriorActivity(), resolution(CommitmentStatus.KEPT, LATER, null),
                Reason.UNKNOWN_COMMITMENT, null);
    }

    @Test
    void aResolutionInALedgerThatWasNeverOpenedNamesTheLedger() {
        refusesInALedgerNeverOpened(fixture, new ResolveCommitment("elsewhere", "c1", CommitmentStatus.KEPT, LATER,
                                                                   null));
    }

    @Test
    void theFavorThatKeptACommitmentMustHaveBeenRecordedInTheLedger() {
        refuses(fixture.given(made()), resolution(CommitmentStatus.KEPT, LATER, "unknown"), Reason.UNKNOWN_FAVOR,
                "favorId");
    }

    @Test
    void onlyAKeptCommitmentNamesAFavor() {
        refuses(fixture.given(made()), resolution(CommitmentStatus.BROKEN, LATER, "intro"), Reason.NOT_APPLICABLE,
                "favorId");
    }

    @Test
    void aCommitmentCannotBeResolvedBeforeItWasMade() {
        refusesADayBefore(fixture.given(made()), PROMISED, at -> resolution(CommitmentStatus.KEPT, at, null));
    }

    @Test
    void aCommitmentCannotBeResolvedInTheFuture() {
        refusesADayAhead(fixture.given(made()), at -> resolution(CommitmentStatus.KEPT, at, null));
    }
}
