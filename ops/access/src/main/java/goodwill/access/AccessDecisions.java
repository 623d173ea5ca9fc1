package goodwill.access;

import goodwill.events.MemberRole;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What an authenticated caller may do, decided once for every endpoint of both sides, after Spring Security's own
 * rules (signed in; administrators only under {@code /api/admin/} and {@code /api/users}):
 * <ul>
 *   <li>a READ token changes nothing: any other method than GET or HEAD is 403 {@code forbidden};</li>
 *   <li>a token neither changes its account's password nor makes or revokes tokens: that takes the password;</li>
 *   <li>under {@code /api/ledgers/{ledgerId}}, a caller who is not a member of the ledger is answered 404
 *       {@code unknown-ledger}, exactly as for a ledger that does not exist; a VIEWER may only read (403 otherwise),
 *       and only an OWNER changes the members or forgets a person;</li>
 *   <li>except a restore ({@code POST …/imports?format=goodwill}) into a ledger id that has no member: it makes a
 *       new ledger, as opening one does, and the controller refuses it when the ledger exists.</li>
 * </ul>
 * Each check reads the membership read model by its unique key: nothing is answered from memory.
 */
class AccessDecisions extends OncePerRequestFilter {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final PathPatternRequestMatcher LEDGER = PATHS.matcher("/api/ledgers/{ledgerId}/**");
    /** What only an OWNER does: change the members, forget a person. */
    private static final RequestMatcher OWNER_ONLY = request ->
            PATHS.matcher("/api/ledgers/{ledgerId}/members/**").matches(request)
            || PATHS.matcher("/api/ledgers/{ledgerId}/contacts/{contactId}/forgetting").matches(request);
    private static final RequestMatcher RESTORE = request -> "POST".equals(request.getMethod())
            && PATHS.matcher("/api/ledgers/{ledgerId}/imports").matches(request)
            && "goodwill".equalsIgnoreCase(request.getParameter("format"));
    private static final RequestMatcher CREDENTIALS = request ->
            PATHS.matcher("/api/me/password").matches(request) || PATHS.matcher("/api/me/tokens/**").matches(request);

    private final Memberships memberships;
    private final AccessProblems problems;

    AccessDecisions(Memberships memberships, AccessProblems problems) {
        this.memberships = memberships;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean reading = Reading.only(request);
        Optional<TokenScope> token = caller instanceof TokenAuthentication bearer ? Optional.of(bearer.scope())
                                                                                  : Optional.empty();
        if (!reading && token.isPresent() && token.get() == TokenScope.READ) {
            problems.forbidden(request, response, "A READ token only reads: recording or changing anything takes a WRITE token.");
            return;
        }
        if (!reading && token.isPresent() && CREDENTIALS.matches(request)) {
            problems.forbidden(request, response, "Changing a password or tokens takes the password, not a token.");
            return;
        }
        PathPatternRequestMatcher.MatchResult ledger = caller == null ? null : LEDGER.matcher(request);
        if (ledger != null && ledger.isMatch()) {
            String ledgerId = ledger.getVariables().get("ledgerId");
            Optional<MemberRole> role = memberships.roleOf(ledgerId, caller.getName());
            if (role.isEmpty() && RESTORE.matches(request) && !memberships.hasMembers(ledgerId)) {
                chain.doFilter(request, response);
                return;
            }
            if (role.isEmpty()) {
                problems.unknownLedger(request, response, ledgerId);
                return;
            }
            if (!reading && !role.get().mayRecord()) {
                problems.forbidden(request, response, "A VIEWER of this ledger reads it, and records nothing in it.");
                return;
            }
            if (!reading && OWNER_ONLY.matches(request) && !role.get().mayManageMembers()) {
                problems.forbidden(request, response,
                                   "Only an OWNER of this ledger changes its members or forgets a person.");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
