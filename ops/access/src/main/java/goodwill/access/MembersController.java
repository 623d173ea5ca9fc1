package goodwill.access;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MembersController {

    private final Memberships memberships;

    MembersController(Memberships memberships) {
        this.memberships = memberships;
    }

    /** Who has access to the ledger, with their roles, since when and given by whom. Any member may read it. */
    @GetMapping("/api/ledgers/{ledgerId}/members")
    List<Membership> members(@PathVariable String ledgerId) {
        return memberships.membersOf(ledgerId);
    }
}
