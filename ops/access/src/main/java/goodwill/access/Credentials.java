package goodwill.access;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What a username and a password must be, in one place for the API, the first administrator and the tests. */
public final class Credentials {

    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,40}";
    public static final String USERNAME_RULE = "must be 3 to 40 characters of a-z, 0-9, '.', '_' and '-'";
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no further than 72 bytes: a longer password would be refused, or silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final String PASSWORD_RULE = "must be at least " + MIN_PASSWORD_LENGTH + " characters and at most "
            + MAX_PASSWORD_BYTES + " bytes in UTF-8";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);

    private Credentials() {
    }

    public static boolean isUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public static boolean isPassword(String password) {
        return password != null && password.codePointCount(0, password.length()) >= MIN_PASSWORD_LENGTH
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }
}
