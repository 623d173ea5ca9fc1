package goodwill.command.contact;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.command.Timekeeper;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final Instant MET = Instant.parse("2019-05-01T09:00:00Z");

    private FixtureConfiguration<Contact> fixture;
    private InMemoryLedgerDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        directory = new InMemoryLedgerDirectory().withLedger("team", "me");
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
    }

    private static AddContact ana(Instant occurredAt) {
        return new AddContact("team", "ana", "Ana Lopez", "Acme", "CTO", "ana@example.org", List.of("mentor"),
                              "a conference", occurredAt);
    }

    @Test
    void aContactIsAddedToAnOpenLedger() {
        fixture.givenNoPriorActivity()
               .when(ana(MET))
               .expectEvents(ana(MET).toEvent(MET));
    }

    @Test
    void aContactAddedWithoutATimeEnteredTheNetworkNow() {
        fixture.givenNoPriorActivity()
               .when(ana(null))
               .expectEvents(ana(null).toEvent(NOW));
    }

    @Test
    void addingTheSameContactAgainRecordsNothing() {
        fixture.given(ana(MET).toEvent(MET))
               .when(ana(MET))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void retryingAnAddWithoutATimeRecordsNothing() {
        fixture.given(ana(null).toEvent(NOW.minus(Duration.ofDays(1))))
               .when(ana(null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aContactIdAlreadyUsedForSomeoneElseIsAConflict() {
        fixture.given(ana(MET).toEvent(MET))
               .when(new AddContact("team", "ana", "Ana Maria", null, null, null, List.of(), null, MET))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "contactId"));
    }

    @Test
    void theIdOfMeCannotBeTakenByAContact() {
        fixture.givenNoPriorActivity()
               .when(new AddContact("team", "me", "Ana Lopez", null, null, null, List.of(), null, MET))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "contactId"));
    }

    @Test
    void aContactCannotBeAddedToALedgerThatWasNeverOpened() {
        fixture.givenNoPriorActivity()
               .when(new AddContact("elsewhere", "ana", "Ana Lopez", null, null, null, List.of(), null, MET))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_LEDGER, null));
    }

    @Test
    void aContactCannotHaveEnteredTheNetworkInTheFuture() {
        fixture.givenNoPriorActivity()
               .when(ana(NOW.plus(Duration.ofHours(1))))
               .expectNoEvents()
               .expectException(refused(Reason.IN_THE_FUTURE, "occurredAt"));
    }

    /** A time no read model, report or codec could handle would stay in the immutable history for good. */
    @Test
    void aContactCannotHaveEnteredTheNetworkBefore1900() {
        fixture.givenNoPriorActivity()
               .when(ana(Instant.parse("-999999999-01-01T00:00:00Z")))
               .expectNoEvents()
               .expectException(refused(Reason.OUT_OF_RANGE, "occurredAt"));
    }

    @Test
    void theFirstInstantOf1900CanBeRecorded() {
        fixture.givenNoPriorActivity()
               .when(ana(Timekeeper.EARLIEST))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aTimeAMinuteAheadIsWithinTheClockTolerance() {
        Instant soon = NOW.plus(Duration.ofMinutes(1));
        fixture.givenNoPriorActivity()
               .when(ana(soon))
               .expectEvents(ana(soon).toEvent(soon));
    }

    private static final Instant LATER = Instant.parse("2024-02-01T09:00:00Z");

    private static ContactAdded added() {
        return ana(MET).toEvent(MET);
    }

    private static ChangeContactDetails change(String organization, String role, Instant occurredAt) {
        return new ChangeContactDetails("team", "ana", null, organization, role, null, null, null, occurredAt);
    }

    @Test
    void aContactsChangedDetailsAreRecordedAloneWithTheTimeOfTheChange() {
        fixture.given(added())
               .when(change("Initech", "CTO", LATER))
               .expectEvents(new ContactDetailsChanged("team", "ana", null, "Initech", null, null, null, null, LATER));
    }

    @Test
    void aChangeWithoutATimeHappenedNow() {
        fixture.given(added())
               .when(change("Initech", null, null))
               .expectEvents(new ContactDetailsChanged("team", "ana", null, "Initech", null, null, null, null, NOW));
    }

    @Test
    void aChangeThatLeavesTheDetailsAsTheyAreRecordsNothing() {
        fixture.given(added(), new ContactDetailsChanged("team", "ana", null, "Initech", null, null, null, null, LATER))
               .when(change("Initech", "CTO", null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aContactNeverAddedCannotBeChanged() {
        fixture.givenNoPriorActivity()
               .when(change("Initech", null, null))
               .expectNoEvents()
               .expectException(refused(Reason.NO_SUCH_CONTACT, null));
    }

    @Test
    void anArchivedContactCannotBeChanged() {
        fixture.given(added(), new ContactArchived("team", "ana", null, LATER))
               .when(change("Initech", null, null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_ARCHIVED, null));
    }

    @Test
    void aContactIsArchivedForAReason() {
        fixture.given(added())
               .when(new ArchiveContact("team", "ana", "left the industry", LATER))
               .expectEvents(new ContactArchived("team", "ana", "left the industry", LATER));
    }

    @Test
    void archivingTheSameWayAgainRecordsNothing() {
        fixture.given(added(), new ContactArchived("team", "ana", "left the industry", LATER))
               .when(new ArchiveContact("team", "ana", "left the industry", null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anArchivedContactCannotBeArchivedAgainForAnotherReason() {
        fixture.given(added(), new ContactArchived("team", "ana", "left the industry", LATER))
               .when(new ArchiveContact("team", "ana", null, null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_ARCHIVED, null));
    }

    @Test
    void meCannotBeArchived() {
        fixture.givenNoPriorActivity()
               .when(new ArchiveContact("team", "me", null, null))
               .expectNoEvents()
               .expectException(refused(Reason.IS_ME, null));
    }

    @Test
    void aContactIsMergedIntoALiveOne() {
        directory.withContact("team", "ana-2");
        fixture.given(added())
               .when(new MergeContact("team", "ana", "ana-2", LATER))
               .expectEvents(new ContactsMerged("team", "ana-2", "ana", LATER));
    }

    @Test
    void mergingIntoTheSameContactAgainRecordsNothing() {
        fixture.given(added(), new ContactsMerged("team", "ana-2", "ana", LATER))
               .when(new MergeContact("team", "ana", "ana-2", null))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aMergedContactCannotBeMergedIntoAnother() {
        directory.withContact("team", "bo");
        fixture.given(added(), new ContactsMerged("team", "ana-2", "ana", LATER))
               .when(new MergeContact("team", "ana", "bo", null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_MERGED, null));
    }

    @Test
    void aMergedContactCannotBeArchived() {
        fixture.given(added(), new ContactsMerged("team", "ana-2", "ana", LATER))
               .when(new ArchiveContact("team", "ana", null, null))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_MERGED, null));
    }

    @Test
    void aContactCannotBeMergedIntoItself() {
        fixture.given(added())
               .when(new MergeContact("team", "ana", "ana", null))
               .expectNoEvents()
               .expectException(refused(Reason.MERGE_INTO_ITSELF, "intoContactId"));
    }

    @Test
    void aContactCannotBeMergedIntoAnUnknownOne() {
        fixture.given(added())
               .when(new MergeContact("team", "ana", "nobody", null))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_CONTACT, "intoContactId"));
    }

    @Test
    void aContactCannotBeMergedIntoAnArchivedOne() {
        directory.withArchivedContact("team", "bo");
        fixture.given(added())
               .when(new MergeContact("team", "ana", "bo", null))
               .expectNoEvents()
               .expectException(refused(Reason.ARCHIVED_CONTACT, "intoContactId"));
    }

    @Test
    void meCannotBeMergedAway() {
        directory.withContact("team", "ana");
        fixture.givenNoPriorActivity()
               .when(new MergeContact("team", "me", "ana", null))
               .expectNoEvents()
               .expectException(refused(Reason.IS_ME, null));
    }
}
