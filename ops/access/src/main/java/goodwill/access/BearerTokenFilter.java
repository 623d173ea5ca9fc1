package goodwill.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} by its personal access token. A token
 * that is unknown, expired or revoked is answered 401 at once: the request goes no further.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final AccessTokens tokens;
    private final Accounts accounts;
    private final AuthenticationEntryPoint refusal;

    BearerTokenFilter(AccessTokens tokens, Accounts accounts, AuthenticationEntryPoint refusal) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenAuthentication> authenticated = tokens.authenticate(header.substring(SCHEME.length()).strip())
                .flatMap(grant -> accounts.find(grant.username()).map(account -> new TokenAuthentication(
                        grant, AuthorityUtils.createAuthorityList(Roles.of(account.administrator())))));
        if (authenticated.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new AccessProblems.InvalidToken());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
