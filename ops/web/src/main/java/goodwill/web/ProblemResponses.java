package goodwill.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The error contract of every endpoint, as RFC 9457 problems ({@code application/problem+json}) with a stable
 * {@code code} a client can switch on and, when the problem is about request fields, {@code errors: [{field,
 * message}]}. No answer names a Java type, a stack frame or an internal path.
 * <p>
 * What Spring MVC refuses by itself gets the status in words as its code ({@code not-found},
 * {@code method-not-allowed}, {@code unsupported-media-type}, {@code not-acceptable}, …); a body that cannot be
 * read is {@code malformed-json}, or {@code invalid-request} naming each field of the wrong type or unknown to the
 * request ({@link StrictJson}); a multipart body without its boundary is {@code malformed-multipart}. Each side's
 * advice extends this one with its own refusals; {@link ProblemFallback} answers for requests that reached no
 * controller, {@link ProblemErrorController} for whatever reaches {@code /error}, and
 * {@link TomcatProblemReports} for what Tomcat refuses before any of them.
 */
public abstract class ProblemResponses extends ResponseEntityExceptionHandler {

    /** A location inside a parser's message, which names the parser's own settings: reduced to line and column. */
    private static final Pattern PARSER_LOCATION = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    /** A problem about one request field (or header); the field is a JSON path such as {@code tags[2]}. */
    public record FieldProblem(String field, String message) {
    }

    /** A status or a reason as a code: {@code NOT_FOUND} is {@code not-found}. */
    public static String codeOf(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ResponseEntity<Object> problem(HttpStatusCode status, String code, String detail,
                                                 List<FieldProblem> errors) {
        return ResponseEntity.status(status).body(problemDetail(status, code, detail, errors));
    }

    static ProblemDetail problemDetail(HttpStatusCode status, String code, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /**
     * Writes a problem as the whole answer, for a filter that refuses a request before any controller (and so before
     * this advice) sees it. Like the advice's answers, it names the request's path as its {@code instance}.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                             HttpStatusCode status, String code, String detail, List<FieldProblem> errors)
            throws IOException {
        ProblemDetail problem = problemDetail(status, code, detail, errors);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ResponseEntity<Object> invalidRequest(List<FieldProblem> errors) {
        String fields = errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid fields: " + fields + ".", errors);
    }

    /** A body read by a controller itself (a file to import or restore), found over its limit while it is read. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", e.getMessage(), List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> malformedMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-multipart",
                       "The multipart body cannot be read: it lacks its boundary, or is cut short.", List.of());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
                                                          HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setProperty("code", known == null ? "error" : codeOf(known));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        return invalidRequest(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof BodyTooLargeException tooLarge) {
            // A body over the limit is cut short while it is read: 413, not a malformed body.
            return tooLarge(tooLarge);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalidRequest(List.of(new FieldProblem(pathOf(unknown), "is not a field of this request")));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalidRequest(List.of(new FieldProblem(pathOf(mismatch), expected(mismatch.getTargetType()))));
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", malformed(cause), List.of());
    }

    /**
     * What is wrong with a body that is not one JSON object, in words that name no Java type: the parser's own
     * message for a syntax error (it names characters and tokens), a plain sentence otherwise.
     */
    private static String malformed(Throwable cause) {
        if (cause instanceof StreamConstraintsException) {
            return "The body goes past a limit of JSON reading (nesting depth, or the length of a number or a string).";
        }
        if (cause instanceof JsonParseException syntax) {
            JsonLocation at = syntax.getLocation();
            String message = PARSER_LOCATION.matcher(syntax.getOriginalMessage()).replaceAll("line $1, column $2");
            return "The body is not valid JSON: " + message
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ".";
        }
        return "The body must be one JSON object, with nothing after it.";
    }

    /** The JSON path of the offending value, such as {@code weight} or {@code tags[0]}. */
    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                                             .collect(Collectors.joining(", "));
        }
        Map<Class<?>, String> expectations = Map.of(
                Integer.class, "must be a whole number", int.class, "must be a whole number",
                Boolean.class, "must be true or false", boolean.class, "must be true or false",
                Instant.class, "must be an ISO-8601 instant such as 2024-03-01T10:00:00Z",
                String.class, "must be a string",
                LocalDate.class, "must be an ISO-8601 date such as 2024-03-01");
        if (Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return expectations.getOrDefault(type, "has the wrong type");
    }
}
