package goodwill.access;

import org.springframework.http.HttpStatus;

/**
 * A request about accounts, tokens or members refused before anything changed: its status, a stable code a
 * client can switch on, and the request field at fault, if one is.
 */
public class AccessRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String field;

    AccessRefusedException(HttpStatus status, String code, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** A request field that is not as it must be: answered like any other invalid request. */
    public static AccessRefusedException invalid(String field, String rule) {
        return new AccessRefusedException(HttpStatus.BAD_REQUEST, "invalid-request", field, rule);
    }

    public static AccessRefusedException usernameTaken(String username) {
        return new AccessRefusedException(HttpStatus.CONFLICT, "username-taken", "username",
                                          "There is an account '" + username + "' already.");
    }

    public static AccessRefusedException wrongPassword() {
        return new AccessRefusedException(HttpStatus.BAD_REQUEST, "wrong-password", "currentPassword",
                                          "The current password is not the account's password.");
    }

    public static AccessRefusedException unknownToken(String tokenId) {
        return new AccessRefusedException(HttpStatus.NOT_FOUND, "unknown-token", null,
                                          "You have no token '" + tokenId + "'.");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
