package goodwill.access;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts, in their own collection (never in the event log). A password is kept only as its hash, made by the
 * {@link PasswordEncoder} (bcrypt, with its algorithm's name in front so that a later one can take over: a hash of an
 * older kind is replaced at the account's next sign-in).
 */
public class Accounts implements UserDetailsService, UserDetailsPasswordService, AccountDirectory {

    /** The administrator the app creates on its first start; the demo ledger is theirs. */
    public static final String FIRST_ADMINISTRATOR = "admin";

    private static final String HASH = "passwordHash";
    private static final String ADMINISTRATOR = "administrator";
    private static final String CREATED_AT = "createdAt";

    private final MongoCollection<Document> accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public Accounts(MongoDatabase database, PasswordEncoder passwords, Clock clock) {
        this.accounts = database.getCollection(AccessCollections.ACCOUNTS);
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates the account, or refuses it when the username is taken; the password must satisfy {@link Credentials}. */
    public Account create(String username, String password, boolean administrator) {
        Account account = new Account(username, administrator, clock.instant());
        try {
            accounts.insertOne(new Document("_id", username).append(HASH, passwords.encode(password))
                                       .append(ADMINISTRATOR, administrator)
                                       .append(CREATED_AT, java.util.Date.from(account.createdAt())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw AccessRefusedException.usernameTaken(username);
            }
            throw e;
        }
        return account;
    }

    public boolean isEmpty() {
        return accounts.find().limit(1).first() == null;
    }

    @Override
    public boolean exists(String username) {
        return accounts.find(eq("_id", username)).limit(1).first() != null;
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.find(eq("_id", username)).first()).map(Accounts::accountOf);
    }

    public List<Account> list() {
        return accounts.find().sort(Sorts.ascending("_id")).map(Accounts::accountOf).into(new ArrayList<>());
    }

    /** Whether the password is the account's: for a change of password, which asks for the current one. */
    public boolean matches(String username, String password) {
        Document account = accounts.find(eq("_id", username)).first();
        return account != null && password != null && passwords.matches(password, account.getString(HASH));
    }

    public void changePassword(String username, String password) {
        accounts.updateOne(eq("_id", username), Updates.set(HASH, passwords.encode(password)));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Document account = accounts.find(eq("_id", username)).first();
        if (account == null) {
            throw new UsernameNotFoundException("No such account");
        }
        return User.withUsername(username).password(account.getString(HASH))
                   .authorities(AuthorityUtils.createAuthorityList(Roles.of(account.getBoolean(ADMINISTRATOR, false))))
                   .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        accounts.updateOne(eq("_id", user.getUsername()), Updates.set(HASH, newPassword));
        return User.withUserDetails(user).password(newPassword).build();
    }

    private static Account accountOf(Document document) {
        return new Account(document.getString("_id"), document.getBoolean(ADMINISTRATOR, false),
                           document.getDate(CREATED_AT).toInstant());
    }
}
