package goodwill.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
class AccountsController {

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    record NewAccount(@Username String username, @NotNull String password) {
    }

    /**
     * Creates an account (administrators only). The new user signs in with the password given here, and should
     * change it at once ({@code POST /api/me/password}).
     */
    @PostMapping
    ResponseEntity<Account> create(@Valid @RequestBody NewAccount request) {
        if (!Credentials.isPassword(request.password())) {
            throw AccessRefusedException.invalid("password", Credentials.PASSWORD_RULE);
        }
        Account account = accounts.create(request.username(), request.password(), false);
        return ResponseEntity.created(URI.create("/api/users/" + account.username())).body(account);
    }

    /** Every account, by username (administrators only). */
    @GetMapping
    List<Account> list() {
        return accounts.list();
    }
}
