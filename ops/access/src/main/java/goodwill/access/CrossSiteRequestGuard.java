package goodwill.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) any request but GET and HEAD that a browser says comes from another site, whatever credentials it
 * carries: a page elsewhere could otherwise make a signed-in browser, or one that remembers a Basic password, post
 * to the app. Browsers say where a request comes from in {@code Sec-Fetch-Site}; an older one only in {@code Origin},
 * which must then be the app's own origin (behind a proxy, as the forwarded headers tell it). A request without
 * either (curl, a script) is not a browser's and passes.
 */
class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final AccessProblems problems;

    CrossSiteRequestGuard(AccessProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!Reading.only(request) && isCrossSite(request)) {
            problems.forbidden(request, response, "A request from another site may not change anything here.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !OWN_SITE.contains(site);
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
        return URI.create(request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port))
                  .toString();
    }
}
