package goodwill.access;

import java.time.Instant;

/**
 * An account as the API shows it: never its password hash, which stays inside {@link Accounts}.
 *
 * @param administrator whether it may create accounts and run the processors
 */
public record Account(String username, boolean administrator, Instant createdAt) {
}
