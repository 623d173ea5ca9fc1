package goodwill.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages' CSRF protection: the token travels in the {@code XSRF-TOKEN} cookie, which only the app's own scripts
 * can read, and comes back in the {@code X-XSRF-TOKEN} header of every request that changes something. Spring Security
 * makes the token only when something asks for it; this filter asks at every page, so the cookie is there before the
 * first form is sent.
 */
class CsrfCookie extends OncePerRequestFilter {

    static final CookieCsrfTokenRepository REPOSITORY = CookieCsrfTokenRepository.withHttpOnlyFalse();

    static {
        REPOSITORY.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
