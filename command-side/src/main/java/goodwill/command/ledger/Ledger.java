package goodwill.command.ledger;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.access.AccountDirectory;
import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRole;
import goodwill.events.MemberRoleChanged;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A ledger: one network's history, and who has access to it. It lives as long as the network, so it is snapshotted.
 * <p>
 * Whoever opens it is its first owner. From then on the owners decide who else is a member, with which role; the
 * ledger always keeps at least one owner. Who may send these commands (an owner) is decided at the HTTP edge, from
 * the membership read model that these events keep.
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger")
class Ledger {

    @AggregateIdentifier
    private String ledgerId;
    private LedgerOpened opened;
    private String openedBy;
    private Map<String, MemberRole> members = new HashMap<>();

    /** Axon rebuilds a ledger by applying its history to an empty one. */
    Ledger() {
    }

    /**
     * Opens the ledger, with its opener as its owner, or, when the same opener opened it already with the same
     * owner name, answers as the opening did: a retried request must not open a second ledger, nor fail.
     *
     * @return the id of me, the owner's own person
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(OpenLedger command, Timekeeper time) {
        if (opened != null) {
            if (!opened.ownerName().equals(command.ownerName()) || !command.ownerUsername().equals(openedBy)) {
                throw CommandRefusedException.idConflict("ledgerId", command.ledgerId());
            }
            return opened.meId();
        }
        String meId = Ids.newId();
        apply(new LedgerOpened(command.ledgerId(), meId, command.ownerName(), time.now()));
        apply(new MemberAdded(command.ledgerId(), command.ownerUsername(), MemberRole.OWNER, time.now()));
        return meId;
    }

    /** Gives an account access with a role; adding a member again with the same role changes nothing. */
    @CommandHandler
    void handle(AddMember command, AccountDirectory accounts, Timekeeper time) {
        MemberRole role = members.get(command.username());
        if (role == command.role()) {
            return;
        }
        if (role != null) {
            throw CommandRefusedException.alreadyMember("username", command.username(), role.name());
        }
        if (!accounts.exists(command.username())) {
            throw CommandRefusedException.unknownUser("username", command.username());
        }
        apply(new MemberAdded(ledgerId, command.username(), command.role(), time.now()));
    }

    /** Changes a member's role; the same role again changes nothing; the last owner stays an owner. */
    @CommandHandler
    void handle(ChangeMemberRole command, Timekeeper time) {
        MemberRole role = requireMember(command.username());
        if (role == command.role()) {
            return;
        }
        requireAnotherOwner(command.username());
        apply(new MemberRoleChanged(ledgerId, command.username(), command.role(), time.now()));
    }

    /** Takes an account's access away; the last owner stays. */
    @CommandHandler
    void handle(RemoveMember command, Timekeeper time) {
        requireMember(command.username());
        requireAnotherOwner(command.username());
        apply(new MemberRemoved(ledgerId, command.username(), time.now()));
    }

    private MemberRole requireMember(String username) {
        MemberRole role = members.get(username);
        if (role == null) {
            throw CommandRefusedException.unknownMember(username);
        }
        return role;
    }

    /** Refuses to demote or remove the member when they are the only owner. */
    private void requireAnotherOwner(String username) {
        boolean another = members.entrySet().stream()
                                 .anyMatch(member -> member.getValue() == MemberRole.OWNER && !member.getKey().equals(username));
        if (members.get(username) == MemberRole.OWNER && !another) {
            throw CommandRefusedException.lastOwner(username);
        }
    }

    @EventSourcingHandler
    void on(LedgerOpened event) {
        ledgerId = event.ledgerId();
        opened = event;
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        if (openedBy == null) {
            openedBy = event.username();
        }
        members.put(event.username(), event.role());
    }

    @EventSourcingHandler
    void on(MemberRoleChanged event) {
        members.put(event.username(), event.role());
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.username());
    }
}
