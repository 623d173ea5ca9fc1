package goodwill.command.ledger;

import goodwill.access.Username;
import goodwill.command.web.CommandController;
import goodwill.events.MemberRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who has access to a ledger: only its owners change it; every change is an event of the ledger. */
@RestController
@RequestMapping("/api/ledgers/{ledgerId}/members")
class MemberController extends CommandController {

    MemberController(CommandGateway commands) {
        super(commands);
    }

    record NewMember(@Username String username, @NotNull MemberRole role) {
    }

    record RoleChange(@NotNull MemberRole role) {
    }

    /** @param role the member's role now */
    record MemberView(String ledgerId, String username, MemberRole role) {
    }

    /**
     * Gives an account access to the ledger: OWNER (records, corrects and decides who is a member), EDITOR (records
     * and corrects) or VIEWER (reads). Adding a member again with the same role changes nothing.
     */
    @PostMapping
    ResponseEntity<MemberView> add(@PathVariable String ledgerId, @Valid @RequestBody NewMember request) {
        send(new AddMember(ledgerId, request.username(), request.role()));
        return ResponseEntity.created(URI.create("/api/ledgers/" + ledgerId + "/members"))
                             .body(new MemberView(ledgerId, request.username(), request.role()));
    }

    /** Changes a member's role; the ledger keeps at least one owner. */
    @PostMapping("/{username}/role")
    MemberView changeRole(@PathVariable String ledgerId, @PathVariable String username,
                          @Valid @RequestBody RoleChange request) {
        send(new ChangeMemberRole(ledgerId, username, request.role()));
        return new MemberView(ledgerId, username, request.role());
    }

    /** Takes a member's access away, from the next request on; what they recorded stays. The last owner stays. */
    @PostMapping("/{username}/removal")
    ResponseEntity<Void> remove(@PathVariable String ledgerId, @PathVariable String username) {
        send(new RemoveMember(ledgerId, username));
        return ResponseEntity.noContent().build();
    }
}
