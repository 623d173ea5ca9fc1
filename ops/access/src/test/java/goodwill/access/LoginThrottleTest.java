package goodwill.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(attempt -> {
        if (!"right".equals(attempt.getCredentials())) {
            throw new BadCredentialsException("wrong");
        }
        return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, java.util.List.of());
    }, clock);

    private Authentication attempt(String username, String password) {
        return throttle.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> attempt(username, "wrong")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void nineFailuresStillLetTheRightPasswordIn() {
        fail("ana", 9);

        assertThat(attempt("ana", "right").getName()).isEqualTo("ana");
    }

    @Test
    void afterTenFailuresEvenTheRightPasswordWaitsAndIsToldHowLong() {
        fail("ana", 10);

        assertThatThrownBy(() -> attempt("ana", "right"))
                .isInstanceOfSatisfying(LoginThrottle.TooManyAttempts.class, refused -> assertThat(refused.retryAfter())
                        .isPositive().isLessThanOrEqualTo(LoginThrottle.WINDOW));
    }

    @Test
    void theWaitEndsFiveMinutesAfterTheFirstOfTheFailures() {
        fail("ana", 10);
        clock.advance(LoginThrottle.WINDOW);

        assertThat(attempt("ana", "right").getName()).isEqualTo("ana");
    }

    @Test
    void failuresSpreadOverMoreThanFiveMinutesDoNotLock() {
        for (int i = 0; i < 20; i++) {
            fail("ana", 1);
            clock.advance(Duration.ofSeconds(40));
        }

        assertThat(attempt("ana", "right").getName()).isEqualTo("ana");
    }

    @Test
    void oneUsernamesFailuresDoNotLockAnother() {
        fail("ana", 10);

        assertThat(attempt("bo", "right").getName()).isEqualTo("bo");
    }

    @Test
    void aUsernameWithoutAnAccountIsLockedTheSameWaySoNothingTellsWhichExist() {
        fail("nobody", 10);

        assertThatThrownBy(() -> attempt("nobody", "wrong")).isInstanceOf(LoginThrottle.TooManyAttempts.class);
    }

    @Test
    void aSuccessClearsTheCount() {
        fail("ana", 9);
        attempt("ana", "right");
        fail("ana", 9);

        assertThat(attempt("ana", "right").getName()).isEqualTo("ana");
    }
}
