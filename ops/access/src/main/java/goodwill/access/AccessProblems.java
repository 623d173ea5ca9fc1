package goodwill.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The API's refusals of who is asking, as problems like every other refusal: 401 {@code unauthenticated} (with the
 * schemes it takes in {@code WWW-Authenticate}), 429 {@code too-many-attempts} with {@code Retry-After}, 403
 * {@code forbidden}, and 404 {@code unknown-ledger} for a ledger the caller is not a member of, worded as for one
 * that does not exist.
 */
class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Basic realm=\"Goodwill\", Bearer realm=\"Goodwill\"";
    /** Asked by the pages' scripts, which must not make the browser open its own sign-in dialog. */
    static final String BEARER_ONLY = "Bearer realm=\"Goodwill\"";

    private final ObjectMapper json;

    AccessProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof LoginThrottle.TooManyAttempts throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfter().toSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts",
                  "Too many failed sign-ins for this username: try again in "
                          + Math.max(1, throttled.retryAfter().toMinutes()) + " minutes or so.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                           request.getHeader("X-Requested-With") == null ? CHALLENGE : BEARER_ONLY);
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated",
              refusal instanceof InvalidToken
                      ? refusal.getMessage()
                      : "Sign in: send a personal access token (Authorization: Bearer …) or a username and password "
                              + "(HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
            throws IOException {
        forbidden(request, response, refusal instanceof CsrfException
                ? "A request of a signed-in page must carry the page's CSRF token (X-XSRF-TOKEN)."
                : "You may not do this.");
    }

    /** A sign-in form sent with a wrong username or password, or for a username that is being throttled. */
    void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof LoginThrottle.TooManyAttempts) {
            commence(request, response, refusal);
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "The username or the password is wrong.");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    /** Exactly what the ledger's own endpoints answer when there is no such ledger. */
    void unknownLedger(HttpServletRequest request, HttpServletResponse response, String ledgerId) throws IOException {
        write(request, response, HttpStatus.NOT_FOUND, "unknown-ledger", "There is no ledger '" + ledgerId + "'.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                       String detail) throws IOException {
        ProblemResponses.write(request, response, json, status, code, detail, List.of());
    }

    /** A bearer token that authenticates nobody. */
    static class InvalidToken extends AuthenticationException {
        InvalidToken() {
            super("The bearer token is unknown, expired or revoked.");
        }
    }
}
