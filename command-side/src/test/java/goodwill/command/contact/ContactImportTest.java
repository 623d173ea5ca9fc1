package goodwill.command.contact;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.refuses;
import static goodwill.command.AggregateTesting.refusesInALedgerNeverOpened;

import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
import goodwill.command.contact.ImportContact.Outcome;
import goodwill.command.contact.ImportContact.Outcome.Action;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** The rules of importing a person from a file: added once, brought up to the file's details, never duplicated. */
class ContactImportTest {

    private static final Instant CONNECTED = Instant.parse("2021-03-05T00:00:00Z");

    private final InMemoryLedgerDirectory directory = InMemoryLedgerDirectory.team();
    private final FixtureConfiguration<Contact> fixture = fixtureOf(Contact.class, directory);

    private static ImportContact jane(String organization, List<String> tags, boolean dryRun) {
        return new ImportContact(new AddContact("team", "jane", "Jane Doe", organization, "Staff Engineer",
                                                "jane@example.org", tags, null, CONNECTED, null,
                                                "https://www.linkedin.com/in/jane-doe-test"), dryRun);
    }

    /** Jane as a file with nothing but her name has her. */
    private static AddContact named(String ledgerId, Instant occurredAt) {
        return new AddContact(ledgerId, "jane", "Jane Doe", null, null, null, List.of(), null, occurredAt, null, null);
    }

    private static ContactAdded janeAdded() {
        return jane("Acme", List.of("mentor"), false).person().toEvent(CONNECTED);
    }

    @Test
    void aPersonNewToTheLedgerIsAddedAsOfWhenTheyEnteredTheNetwork() {
        fixture.givenNoPriorActivity()
               .when(jane("Acme", List.of("mentor"), false))
               .expectEvents(janeAdded())
               .expectResultMessagePayload(Outcome.of(Action.ADD));
    }

    @Test
    void aPersonImportedAgainWithTheSameDetailsRecordsNothing() {
        fixture.given(janeAdded())
               .when(jane("Acme", List.of("mentor"), false))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.of(Action.UNCHANGED));
    }

    @Test
    void aPersonWhoseDetailsChangedGetsTheChangeNowWithTheFilesTagsAddedToTheirs() {
        fixture.given(janeAdded())
               .when(jane("Initech", List.of("robotics"), false))
               .expectEvents(new ContactDetailsChanged("team", "jane", null, "Initech", null, null,
                                                       List.of("mentor", "robotics"), null, NOW))
               .expectResultMessagePayload(new Outcome(Action.CHANGE, List.of(
                       "organization: Acme → Initech", "tags: [mentor] → [mentor, robotics]")));
    }

    @Test
    void aDetailTheFileLeavesEmptyIsLeftAsItIs() {
        fixture.given(janeAdded())
               .when(new ImportContact(named("team", null), false))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.of(Action.UNCHANGED));
    }

    @Test
    void aDryRunAnswersWhatTheImportWouldDoAndRecordsNothing() {
        fixture.givenNoPriorActivity()
               .when(jane("Acme", List.of("mentor"), true))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.of(Action.ADD));
        fixture.given(janeAdded())
               .when(jane("Initech", List.of("mentor"), true))
               .expectNoEvents()
               .expectResultMessagePayload(new Outcome(Action.CHANGE, List.of("organization: Acme → Initech")));
    }

    @Test
    void anArchivedOrMergedContactIsLeftAsItIs() {
        fixture.given(janeAdded(), new ContactArchived("team", "jane", "moved on", NOW))
               .when(jane("Initech", List.of(), false))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.of(Action.ARCHIVED));
        fixture.given(janeAdded(), new ContactsMerged("team", "ana", "jane", NOW))
               .when(jane("Initech", List.of(), false))
               .expectNoEvents()
               .expectResultMessagePayload(Outcome.of(Action.MERGED));
    }

    @Test
    void aPersonWhoEnteredTheNetworkInTheFutureIsRefused() {
        refuses(fixture.givenNoPriorActivity(),
                new ImportContact(named("team", NOW.plusSeconds(86_400)), true),
                Reason.IN_THE_FUTURE, "occurredAt");
    }

    @Test
    void noPersonIsImportedIntoALedgerThatWasNeverOpened() {
        refusesInALedgerNeverOpened(fixture, new ImportContact(named("elsewhere", null), true));
    }
}
