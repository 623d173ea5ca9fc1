package goodwill.command.contact;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.recordsNothingAgain;
import static goodwill.command.AggregateTesting.refuses;
import static goodwill.command.AggregateTesting.refusesInALedgerNeverOpened;

import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.command.Timekeeper;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final Instant MET = Instant.parse("2019-05-01T09:00:00Z");

    private final InMemoryLedgerDirectory directory = InMemoryLedgerDirectory.team();
    private final FixtureConfiguration<Contact> fixture = fixtureOf(Contact.class, directory);

    private static AddContact ana(Instant occurredAt) {
        return new AddContact("team", "ana", "Ana Lopez", "Acme", "CTO", "ana@example.org", List.of("mentor"),
                              "a conference", occurredAt, "+1 555 0100", "https://example.org/ana");
    }

    /** A contact of no details but a name, in the ledger and by the id given. */
    private static AddContact named(String ledgerId, String contactId, String displayName) {
        return new AddContact(ledgerId, contactId, displayName, null, null, null, List.of(), null, MET, null, null);
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
        recordsNothingAgain(fixture.given(ana(MET).toEvent(MET)), ana(MET));
    }

    @Test
    void retryingAnAddWithoutATimeRecordsNothing() {
        recordsNothingAgain(fixture.given(ana(null).toEvent(NOW.minus(Duration.ofDays(1)))), ana(null));
    }

    @Test
    void aContactIdAlreadyUsedForSomeoneElseIsAConflict() {
        refuses(fixture.given(ana(MET).toEvent(MET)), named("team", "ana", "Ana Maria"), Reason.ID_CONFLICT,
                "contactId");
    }

    @Test
    void theIdOfMeCannotBeTakenByAContact() {
        refuses(fixture.givenNoPriorActivity(), named("team", "me", "Ana Lopez"), Reason.ID_CONFLICT, "contactId");
    }

    @Test
    void aContactCannotBeAddedToALedgerThatWasNeverOpened() {
        refusesInALedgerNeverOpened(fixture, named("elsewhere", "ana", "Ana Lopez"));
    }

    @Test
    void aContactCannotHaveEnteredTheNetworkInTheFuture() {
        refuses(fixture.givenNoPriorActivity(), ana(NOW.plus(Duration.ofHours(1))), Reason.IN_THE_FUTURE,
                "occurredAt");
    }

    /** A time no read model, report or codec could handle would stay in the immutable history for good. */
    @Test
    void aContactCannotHaveEnteredTheNetworkBefore1900() {
        refuses(fixture.givenNoPriorActivity(), ana(Instant.parse("-999999999-01-01T00:00:00Z")), Reason.OUT_OF_RANGE,
                "occurredAt");
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
        return new ChangeContactDetails("team", "ana", null, organization, role, null, null, null, occurredAt, null,
                                        null);
    }

    /** Ana, added and then archived for the reason given. */
    private static Object[] archived(String reason) {
        return new Object[] {added(), new ContactArchived("team", "ana", reason, LATER)};
    }

    /** Ana, added and then merged into ana-2. */
    private static Object[] merged() {
        return new Object[] {added(), new ContactsMerged("team", "ana-2", "ana", LATER)};
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
        recordsNothingAgain(fixture.given(added(), new ContactDetailsChanged("team", "ana", null, "Initech", null, null,
                                                                             null, null, LATER)),
                            change("Initech", "CTO", null));
    }

    @Test
    void aContactNeverAddedCannotBeChanged() {
        refuses(fixture.givenNoPriorActivity(), change("Initech", null, null), Reason.NO_SUCH_CONTACT, null);
    }

    @Test
    void anArchivedContactCannotBeChanged() {
        refuses(fixture.given(archived(null)), change("Initech", null, null), Reason.ALREADY_ARCHIVED, null);
    }

    @Test
    void aContactIsArchivedForAReason() {
        fixture.given(added())
               .when(new ArchiveContact("team", "ana", "left the industry", LATER))
               .expectEvents(new ContactArchived("team", "ana", "left the industry", LATER));
    }

    @Test
    void archivingTheSameWayAgainRecordsNothing() {
        recordsNothingAgain(fixture.given(archived("left the industry")),
                            new ArchiveContact("team", "ana", "left the industry", null));
    }

    @Test
    void anArchivedContactCannotBeArchivedAgainForAnotherReason() {
        refuses(fixture.given(archived("left the industry")), new ArchiveContact("team", "ana", null, null),
                Reason.ALREADY_ARCHIVED, null);
    }

    @Test
    void meCannotBeArchived() {
        refuses(fixture.givenNoPriorActivity(), new ArchiveContact("team", "me", null, null), Reason.IS_ME, null);
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
        recordsNothingAgain(fixture.given(merged()), new MergeContact("team", "ana", "ana-2", null));
    }

    @Test
    void aMergedContactCannotBeMergedIntoAnother() {
        directory.withContact("team", "bo");

        refuses(fixture.given(merged()), new MergeContact("team", "ana", "bo", null), Reason.ALREADY_MERGED, null);
    }

    @Test
    void aMergedContactCannotBeArchived() {
        refuses(fixture.given(merged()), new ArchiveContact("team", "ana", null, null), Reason.ALREADY_MERGED, null);
    }

    @Test
    void aContactCannotBeMergedIntoItself() {
        refuses(fixture.given(added()), new MergeContact("team", "ana", "ana", null), Reason.MERGE_INTO_ITSELF,
                "intoContactId");
    }

    @Test
    void aContactCannotBeMergedIntoAnUnknownOne() {
        refuses(fixture.given(added()), new MergeContact("team", "ana", "nobody", null), Reason.UNKNOWN_CONTACT,
                "intoContactId");
    }

    @Test
    void aContactCannotBeMergedIntoAnArchivedOne() {
        directory.withArchivedContact("team", "bo");

        refuses(fixture.given(added()), new MergeContact("team", "ana", "bo", null), Reason.ARCHIVED_CONTACT,
                "intoContactId");
    }

    @Test
    void meCannotBeMergedAway() {
        directory.withContact("team", "ana");

        refuses(fixture.givenNoPriorActivity(), new MergeContact("team", "me", "ana", null), Reason.IS_ME, null);
    }

    /** Ana, added and then forgotten at her request. */
    private static Object[] forgotten() {
        return new Object[] {added(), new ContactForgotten("team", "ana", "asked by email", NOW)};
    }

    @Test
    void aContactIsForgottenForAReasonThatDoesNotNameThem() {
        fixture.given(added())
               .when(new ForgetContact("team", "ana", "asked by email on 2026-12-01"))
               .expectEvents(new ContactForgotten("team", "ana", "asked by email on 2026-12-01", NOW));
    }

    @Test
    void anArchivedOrMergedContactCanStillBeForgotten() {
        fixture.given(archived("left"))
               .when(new ForgetContact("team", "ana", null))
               .expectEvents(new ContactForgotten("team", "ana", null, NOW));
        fixture.given(merged())
               .when(new ForgetContact("team", "ana", null))
               .expectEvents(new ContactForgotten("team", "ana", null, NOW));
    }

    @Test
    void aReasonThatNamesThePersonIsRefused() {
        refuses(fixture.given(added()), new ForgetContact("team", "ana", "Lopez asked"),
                Reason.REASON_NAMES_THE_PERSON, "reason");
        refuses(fixture.given(added()), new ForgetContact("team", "ana", "mail from ANA@example.org"),
                Reason.REASON_NAMES_THE_PERSON, "reason");
    }

    @Test
    void aForgottenContactIsNotForgottenAgainNorChangedArchivedOrMerged() {
        refuses(fixture.given(forgotten()), new ForgetContact("team", "ana", "again"), Reason.CONTACT_FORGOTTEN, null);
        refuses(fixture.given(forgotten()), change("Initech", null, null), Reason.CONTACT_FORGOTTEN, null);
        refuses(fixture.given(forgotten()), new ArchiveContact("team", "ana", null, null), Reason.CONTACT_FORGOTTEN,
                null);
    }

    @Test
    void aForgottenContactInAnImportIsLeftAlone() {
        fixture.given(forgotten())
               .when(new ImportContact(ana(MET), false))
               .expectNoEvents()
               .expectResultMessagePayload(ImportContact.Outcome.of(ImportContact.Outcome.Action.FORGOTTEN));
    }

    @Test
    void meIsNeverForgotten() {
        refuses(fixture.givenNoPriorActivity(), new ForgetContact("team", "me", null), Reason.IS_ME, null);
    }

    @Test
    void anUnknownContactIsNotForgotten() {
        refuses(fixture.givenNoPriorActivity(), new ForgetContact("team", "nobody", null), Reason.NO_SUCH_CONTACT,
                null);
    }
}
