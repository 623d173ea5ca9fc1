package goodwill.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one username within
 * {@link #WINDOW}, further attempts for it are refused without checking the password until the oldest of those
 * failures is {@link #WINDOW} old. A username without an account is counted and refused the same way, so the answer
 * tells nothing of which usernames exist. Counts are kept per node, in memory, for the most recent
 * {@value #TRACKED} usernames.
 */
class LoginThrottle implements AuthenticationManager {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int TRACKED = 10_000;

    /** A sign-in refused before its password was looked at. */
    static class TooManyAttempts extends AuthenticationException {
        private final Duration retryAfter;

        TooManyAttempts(Duration retryAfter) {
            super("Too many failed sign-ins");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final AuthenticationManager passwords;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > TRACKED;
        }
    };

    LoginThrottle(AuthenticationManager passwords, Clock clock) {
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName() == null ? "" : attempt.getName().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = lockedFor(username);
        if (wait.isPresent()) {
            throw new TooManyAttempts(wait.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            synchronized (failures) {
                failures.remove(username);
            }
            return authenticated;
        } catch (BadCredentialsException e) {
            synchronized (failures) {
                Deque<Instant> recent = failures.computeIfAbsent(username, name -> new ArrayDeque<>());
                recent.addLast(clock.instant());
                while (recent.size() > MAX_FAILURES) {
                    recent.removeFirst();
                }
            }
            throw e;
        }
    }

    private Optional<Duration> lockedFor(String username) {
        synchronized (failures) {
            Deque<Instant> recent = failures.get(username);
            if (recent == null || recent.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            Duration left = Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW));
            return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left.plusSeconds(1));
        }
    }
}
