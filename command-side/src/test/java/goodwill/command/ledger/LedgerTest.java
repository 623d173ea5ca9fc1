package goodwill.command.ledger;

import static goodwill.command.AggregateTesting.NOW;
import static goodwill.command.AggregateTesting.fixtureOf;
import static goodwill.command.AggregateTesting.recordsNothingAgain;
import static goodwill.command.AggregateTesting.refuses;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;

import goodwill.access.AccountDirectory;
import goodwill.command.CommandRefusedException.Reason;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRole;
import goodwill.events.MemberRoleChanged;
import java.util.Set;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final LedgerOpened OPENED = new LedgerOpened("team", "me-1", "Ana Lopez", NOW);
    private static final MemberAdded ANA_OWNS = new MemberAdded("team", "ana", MemberRole.OWNER, NOW);
    private static final Set<String> ACCOUNTS = Set.of("ana", "bo", "cy");

    private final FixtureConfiguration<Ledger> fixture = fixtureOf(Ledger.class,
                                                                   (AccountDirectory) ACCOUNTS::contains);

    /** The ledger opened by ana, and bo added as a member in the role. */
    private static Object[] withBoAs(MemberRole role) {
        return new Object[] {OPENED, ANA_OWNS, new MemberAdded("team", "bo", role, NOW)};
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
        refuses(fixture.given(OPENED, ANA_OWNS), new OpenLedger("team", "Bo Chen", "ana"), Reason.ID_CONFLICT,
                "ledgerId");
    }

    @Test
    void aLedgerIdAlreadyOpenedByAnotherAccountIsAConflictEvenWithTheSameOwnerName() {
        refuses(fixture.given(OPENED, ANA_OWNS), new OpenLedger("team", "Ana Lopez", "bo"), Reason.ID_CONFLICT,
                "ledgerId");
    }

    @Test
    void anOwnerAddsAnAccountAsAMemberWithARole() {
        fixture.given(OPENED, ANA_OWNS)
               .when(new AddMember("team", "bo", MemberRole.VIEWER))
               .expectEvents(new MemberAdded("team", "bo", MemberRole.VIEWER, NOW));
    }

    @Test
    void addingAMemberAgainWithTheSameRoleRecordsNothing() {
        recordsNothingAgain(fixture.given(withBoAs(MemberRole.VIEWER)), new AddMember("team", "bo", MemberRole.VIEWER));
    }

    @Test
    void addingAMemberAgainWithAnotherRoleIsRefused() {
        refuses(fixture.given(withBoAs(MemberRole.VIEWER)), new AddMember("team", "bo", MemberRole.EDITOR),
                Reason.ALREADY_MEMBER, "username");
    }

    @Test
    void onlyAnAccountBecomesAMember() {
        refuses(fixture.given(OPENED, ANA_OWNS), new AddMember("team", "nobody", MemberRole.EDITOR),
                Reason.UNKNOWN_USER, "username");
    }

    @Test
    void aMembersRoleChanges() {
        fixture.given(withBoAs(MemberRole.VIEWER))
               .when(new ChangeMemberRole("team", "bo", MemberRole.OWNER))
               .expectEvents(new MemberRoleChanged("team", "bo", MemberRole.OWNER, NOW));
    }

    @Test
    void theOnlyOwnerIsNotDemoted() {
        refuses(fixture.given(withBoAs(MemberRole.EDITOR)), new ChangeMemberRole("team", "ana", MemberRole.EDITOR),
                Reason.LAST_OWNER, null);
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
        refuses(fixture.given(OPENED, ANA_OWNS), new RemoveMember("team", "ana"), Reason.LAST_OWNER, null);
    }

    @Test
    void aMemberIsRemoved() {
        fixture.given(withBoAs(MemberRole.EDITOR))
               .when(new RemoveMember("team", "bo"))
               .expectEvents(new MemberRemoved("team", "bo", NOW));
    }

    @Test
    void aRemovedMemberIsNoMemberAnyMore() {
        refuses(fixture.given(OPENED, ANA_OWNS, new MemberAdded("team", "bo", MemberRole.EDITOR, NOW),
                              new MemberRemoved("team", "bo", NOW)),
                new ChangeMemberRole("team", "bo", MemberRole.OWNER), Reason.UNKNOWN_MEMBER, null);
    }

    @Test
    void onlyAMemberIsRemoved() {
        refuses(fixture.given(OPENED, ANA_OWNS), new RemoveMember("team", "cy"), Reason.UNKNOWN_MEMBER, null);
    }
}
