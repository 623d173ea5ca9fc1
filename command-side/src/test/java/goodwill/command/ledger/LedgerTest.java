package goodwill.command.ledger;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.events.LedgerOpened;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final LedgerOpened OPENED = new LedgerOpened("team", "me-1", "Ana Lopez", NOW);

    private FixtureConfiguration<Ledger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ledger.class);
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
    }

    @Test
    void aLedgerOpensNowWithItsOwnerAsANewMe() {
        fixture.givenNoPriorActivity()
               .when(new OpenLedger("team", "Ana Lopez"))
               .expectEventsMatching(exactSequenceOf(
                       messageWithPayload(matches((LedgerOpened opened) -> opened.ledgerId().equals("team")
                               && opened.ownerName().equals("Ana Lopez")
                               && opened.occurredAt().equals(NOW)
                               && !opened.meId().isBlank())),
                       andNoMore()));
    }

    @Test
    void openingALedgerAnswersTheIdOfMe() {
        fixture.givenNoPriorActivity()
               .when(new OpenLedger("team", "Ana Lopez"))
               .expectResultMessagePayloadMatching(matches((String meId) -> !meId.isBlank()));
    }

    @Test
    void openingAnOpenLedgerAgainAnswersTheSameMeAndRecordsNothing() {
        fixture.given(OPENED)
               .when(new OpenLedger("team", "Ana Lopez"))
               .expectNoEvents()
               .expectResultMessagePayload("me-1");
    }

    @Test
    void aLedgerIdAlreadyOpenedForAnotherOwnerIsAConflict() {
        fixture.given(OPENED)
               .when(new OpenLedger("team", "Bo Chen"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "ledgerId"));
    }
}
