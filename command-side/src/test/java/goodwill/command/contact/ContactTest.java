package goodwill.command.contact;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.command.InMemoryLedgerDirectory;
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

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contact.class);
        fixture.registerInjectableResource(new InMemoryLedgerDirectory().withLedger("team", "me"));
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

    @Test
    void aTimeAMinuteAheadIsWithinTheClockTolerance() {
        Instant soon = NOW.plus(Duration.ofMinutes(1));
        fixture.givenNoPriorActivity()
               .when(ana(soon))
               .expectEvents(ana(soon).toEvent(soon));
    }
}
