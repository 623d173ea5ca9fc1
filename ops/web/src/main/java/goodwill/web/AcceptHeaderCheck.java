package goodwill.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Accept} header is not a list of media types, with a 400 problem
 * ({@code invalid-header}). Past this point Spring could neither choose an answer's type nor write its refusal, and
 * would answer an empty 406. A well-formed {@code Accept} that no representation matches is answered 406 with a
 * problem, written as {@code application/problem+json} whatever the header asked for.
 */
class AcceptHeaderCheck extends OncePerRequestFilter {

    private final ObjectMapper json;

    AcceptHeaderCheck(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String accept : Collections.list(request.getHeaders(HttpHeaders.ACCEPT))) {
            try {
                MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                ProblemResponses.write(request, response, json, HttpStatus.BAD_REQUEST, "invalid-header",
                                       "The Accept header is not a list of media types.",
                                       List.of(new ProblemResponses.FieldProblem(HttpHeaders.ACCEPT,
                                                                                 "is not a list of media types")));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
