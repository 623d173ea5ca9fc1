package goodwill.command.ledger;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.refused;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

import goodwill.access.AccountDirectory;
import goodwill.command.AggregateTesting;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRole;
import goodwill.events.MemberRoleChanged;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final LedgerOpened OPENED = new LedgerOpened("team", "me-1", "Ana Lopez", NOW);
    private static final MemberAdded ANA_OWNS = new MemberAdded("team", "ana", MemberRole.OWNER, NOW);
    private static final Set<String> ACCOUNTS = Set.of("ana", "bo", "cy");

    private FixtureConfiguration<Ledger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Ledger.class);
        fixture.registerInjectableResource(AggregateTesting.stoppedClock());
        fixture.registerInjectableResource((AccountDirectory) ACCOUNTS::contains);
    }

    @Test
    void aLedgerOpensNowWithItsOwnerAsANewMeAndItsOpenerAsItsOwner() {
        fixture.givenNoPriorActivity()
               .when(new OpenLedger("team", "Ana Lopez", "ana"))
               .expectEventsMatching(exactSequenceOf(
                       messageWithPayload(matches((LedgerOpened opened) -> opened.ledgerId().equals("team")
                               && opened.ownerName().equals("Ana Lopez")
                               && opened.occurredAt().equals(NOW)
                               && !opened.meId().isBlank())),
                       messageWithPayload(matches((MemberAdded added) -> added.equals(ANA_OWNS))),
                       andNoMore()));
    }

    @Test
    void openingALedgerAnswersTheIdOfMe() {
        fixture.givenNoPriorActivity()
               .when(new OpenLedger("team", "Ana Lopez", "ana"))
               .expectResultMessagePayloadMatching(matches((String meId) -> !meId.isBlank()));
    }

    @Test
    void openingAnOpenLedgerAgainAnswersTheSameMeAndRecordsNothing() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new OpenLedger("team", "Ana Lopez", "ana"))
               .expectNoEvents()
               .expectResultMessagePayload("me-1");
    }

    @Test
    void aLedgerIdAlreadyOpenedForAnotherOwnerIsAConflict() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new OpenLedger("team", "Bo Chen", "ana"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "ledgerId"));
    }

    @Test
    void aLedgerIdAlreadyOpenedByAnotherAccountIsAConflictEvenWithTheSameOwnerName() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new OpenLedger("team", "Ana Lopez", "bo"))
               .expectNoEvents()
               .expectException(refused(Reason.ID_CONFLICT, "ledgerId"));
    }

    @Test
    void anOwnerAddsAnAccountAsAMemberWithARole() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new AddMember("team", "bo", MemberRole.VIEWER))
               .expectEvents(new MemberAdded("team", "bo", MemberRole.VIEWER, NOW));
    }

    @Test
    void addingAMemberAgainWithTheSameRoleRecordsNothing() {
        fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.VIEWER, NOW))
               .when(new AddMember("team", "bo", MemberRole.VIEWER))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void addingAMemberAgainWithAnotherRoleIsRefused() {
        fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.VIEWER, NOW))
               .when(new AddMember("team", "bo", MemberRole.EDITOR))
               .expectNoEvents()
               .expectException(refused(Reason.ALREADY_MEMBER, "username"));
    }

    @Test
    void onlyAnAccountBecomesAMember() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new AddMember("team", "nobody", MemberRole.EDITOR))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_USER, "username"));
    }

    @Test
    void aMembersRoleChanges() {
        fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.VIEWER, NOW))
               .when(new ChangeMemberRole("team", "bo", MemberRole.OWNER))
               .expectEvents(new MemberRoleChanged("team", "bo", MemberRole.OWNER, NOW));
    }

    @Test
    void theOnlyOwnerIsNotDemoted() {
        fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.EDITOR, NOW))
               .when(new ChangeMemberRole("team", "ana", MemberRole.EDITOR))
               .expectNoEvents()
               .expectException(refused(Reason.LAST_OWNER, null));
    }

    @Test
    void anOwnerIsDemotedWhenAnotherOwnerRemains() {
        fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.VIEWER, NOW),
                      new MemberRoleChanged("team", "bo", MemberRole.OWNER, NOW))
               .when(new ChangeMemberRole("team", "ana", MemberRole.VIEWER))
               .expectEvents(new MemberRoleChanged("team", "ana", MemberRole.VIEWER, NOW));
    }

    @Test
    void theOnlyOwnerIsNotRemoved() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new RemoveMember("team", "ana"))
               .expectNoEvents()
               .expectException(refused(Reason.LAST_OWNER, null));
    }

    @Test
    void aMemberIsRemoved() {
        fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.EDITOR, NOW))
               .when(new RemoveMember("team", "bo"))
               .expectEvents(new MemberRemoved("team", "bo", NOW));
    }

    @Test
    void aRemovedMemberIsNoMemberAnyMore() {
        fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.EDITOR, NOW),
                      new MemberRemoved("team", "bo", NOW))
               .when(new ChangeMemberRole("team", "bo", MemberRole.OWNER))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_MEMBER, null));
    }

    @Test
    void onlyAMemberIsRemoved() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new RemoveMember("team", "cy"))
               .expectNoEvents()
               .expectException(refused(Reason.UNKNOWN_MEMBER, null));
    }
}
