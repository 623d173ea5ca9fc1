package goodwill.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Which requests only read: GET and HEAD. Every other method may change something, and is checked as such. */
final class Reading {

    private static final Set<String> METHODS = Set.of("GET", "HEAD");

    private Reading() {
    }

    static boolean only(HttpServletRequest request) {
        return METHODS.contains(request.getMethod());
    }
}
