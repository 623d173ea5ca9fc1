package goodwill.command.ledger;

import goodwill.command.web.ClientId;
import goodwill.command.web.CommandController;
import goodwill.command.web.IdempotencyKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledgers")
class LedgerController extends CommandController {

    LedgerController(CommandGateway commands) {
        super(commands);
    }

    record OpenLedgerRequest(@NotBlank @Size(max = 200) String ownerName, @ClientId String ledgerId) {
    }

    /** @param meId the owner's own person, a contact of the ledger from the start */
    record LedgerOpenedResponse(String ledgerId, String meId) {
    }

    /**
     * Opens a ledger for its owner, who becomes its "me", with you as its OWNER: answered with the ledger id and me's
     * id. Your ledgers are listed at {@code GET /api/ledgers}.
     */
    @PostMapping
    ResponseEntity<LedgerOpenedResponse> open(@Valid @RequestBody OpenLedgerRequest request,
                                              @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key,
                                              Principal caller) {
        return create(null, "ledgers", request.ledgerId(), key,
                      ledgerId -> new OpenLedger(ledgerId, request.ownerName(), caller.getName()),
                      (String ledgerId, String meId) -> new LedgerOpenedResponse(ledgerId, meId));
    }
}
