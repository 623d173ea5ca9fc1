package goodwill.command.web;

import goodwill.events.EventMetaData;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is recording (the authenticated user) and the correlation id of the request: read once, kept on the request,
 * and attached to every command the request sends, whence onto every event recorded. Nobody records in another's
 * name: the {@value #USER_HEADER} header that once named the recorder is refused.
 */
public record RequestMetadata(String recordedBy, String correlationId) {

    static final String USER_HEADER = "X-Goodwill-User";
    static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final String ATTRIBUTE = RequestMetadata.class.getName();
    private static final int MAX_LENGTH = 100;
    private static final Pattern CORRELATION_ID = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    /** Reads who and the correlation header and keeps the result on the request; refuses what it cannot record. */
    public static RequestMetadata resolve(HttpServletRequest request) {
        if (request.getHeader(USER_HEADER) != null) {
            throw new InvalidHeaderException(USER_HEADER, "is not read any more: events are recorded in the name of "
                    + "the user the request is authenticated as");
        }
        String correlationId = trimmed(request.getHeader(CORRELATION_HEADER));
        if (correlationId != null && !CORRELATION_ID.matcher(correlationId).matches()) {
            throw new InvalidHeaderException(CORRELATION_HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String user = caller == null || !caller.isAuthenticated() ? EventMetaData.ANONYMOUS : caller.getName();
        RequestMetadata metadata = new RequestMetadata(user,
                                                       correlationId == null ? UUID.randomUUID().toString() : correlationId);
        request.setAttribute(ATTRIBUTE, metadata);
        return metadata;
    }

    /** The metadata of the request being handled on this thread, if there is one. */
    public static Optional<RequestMetadata> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null
                ? Optional.empty()
                : Optional.ofNullable((RequestMetadata) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    public Map<String, String> asMetaData() {
        return Map.of(EventMetaData.RECORDED_BY, recordedBy, EventMetaData.CORRELATION_ID, correlationId);
    }

    private static String trimmed(String header) {
        return header == null || header.isBlank() ? null : header.strip();
    }
}
