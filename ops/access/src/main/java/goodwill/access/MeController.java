package goodwill.access;

import goodwill.events.MemberRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class MeController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final Memberships memberships;
    private final FirstAdministrator firstAdministrator;

    MeController(Accounts accounts, AccessTokens tokens, Memberships memberships, FirstAdministrator firstAdministrator) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.memberships = memberships;
        this.firstAdministrator = firstAdministrator;
    }

    /** @param since when the caller became a member of the ledger */
    record MyLedger(String ledgerId, MemberRole role, Instant since) {
    }

    record Me(String username, boolean administrator, List<MyLedger> ledgers) {
    }

    record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    record NewToken(@NotBlank @Size(max = 100) String name,
                    @NotNull @Min(1) @Max(AccessTokens.MAX_DAYS) Integer expiresInDays,
                    @NotNull TokenScope scope) {
    }

    /** @param token the secret: shown this once, never again */
    record CreatedToken(String token, String tokenId, String name, String prefix, TokenScope scope, Instant createdAt,
                        Instant expiresAt) {
    }

    /** Who you are signed in as, and your ledgers with your role in each. */
    @GetMapping("/me")
    Me me(Authentication caller) {
        Account account = accounts.find(caller.getName()).orElseThrow();
        return new Me(account.username(), account.administrator(), myLedgers(caller));
    }

    /** Your ledgers, with your role in each: the ledgers you may open. */
    @GetMapping("/ledgers")
    List<MyLedger> ledgers(Authentication caller) {
        return myLedgers(caller);
    }

    /** Changes your password; the current one is asked for again. Takes the password, not a token. */
    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change, Authentication caller) {
        if (!accounts.matches(caller.getName(), change.currentPassword())) {
            throw AccessRefusedException.wrongPassword();
        }
        if (!Credentials.isPassword(change.newPassword())) {
            throw AccessRefusedException.invalid("newPassword", Credentials.PASSWORD_RULE);
        }
        accounts.changePassword(caller.getName(), change.newPassword());
        if (FirstAdministrator.USERNAME.equals(caller.getName())) {
            firstAdministrator.forgetGeneratedPassword();
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Makes a personal access token, for a script or the command line: {@code Authorization: Bearer <token>}. The
     * answer is the only time the token is shown. A READ token never records. Takes the password, not a token.
     */
    @PostMapping("/me/tokens")
    ResponseEntity<CreatedToken> createToken(@Valid @RequestBody NewToken request, Authentication caller) {
        AccessTokens.NewToken made = tokens.create(caller.getName(), request.name().strip(), request.expiresInDays(),
                                                   request.scope());
        AccessToken listed = made.listed();
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(
                made.token(), listed.tokenId(), listed.name(), listed.prefix(), listed.scope(), listed.createdAt(),
                listed.expiresAt()));
    }

    /** Your tokens, newest first, with when each was last used; never their secrets. */
    @GetMapping("/me/tokens")
    List<AccessToken> listTokens(Authentication caller) {
        return tokens.listOf(caller.getName());
    }

    /** Revokes one of your tokens: it authenticates nothing from now on. */
    @PostMapping("/me/tokens/{tokenId}/revocation")
    AccessToken revokeToken(@PathVariable String tokenId, Authentication caller) {
        return tokens.revoke(caller.getName(), tokenId);
    }

    private List<MyLedger> myLedgers(Authentication caller) {
        return memberships.ledgersOf(caller.getName()).stream()
                          .map(membership -> new MyLedger(membership.ledgerId(), membership.role(), membership.since()))
                          .toList();
    }
}
