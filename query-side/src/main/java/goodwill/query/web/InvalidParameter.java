package goodwill.query.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A query parameter that cannot be read: a 400 problem whose {@code code} names it ({@code invalid-as-of} for
 * {@code asOf}), with the parameter under {@code parameter} and, for a choice, the values allowed under
 * {@code allowed}. As an {@link ErrorResponseException} it is answered like every other malformed request.
 */
public class InvalidParameter extends ErrorResponseException {

    public InvalidParameter(String parameter, String detail, List<String> allowed) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail, allowed), null);
    }

    /** One of {@code allowed}, in any case, or refused naming them. */
    public static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new InvalidParameter(parameter, "'" + value + "' is not a value of " + parameter + "; allowed: "
                    + String.join(", ", allowed) + ".", allowed);
        }
    }

    /** One of {@code allowed}, in any case, {@code absent} when the parameter is missing or blank, or refused. */
    public static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type, E absent) {
        return value == null || value.isBlank() ? absent : choice(parameter, value, type);
    }

    /** A filter's value as given, or null (no filter) when the parameter is missing or blank. */
    public static String filter(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A whole number from {@code min} to {@code max}, {@code absent} when the parameter is missing or blank, or
     * refused naming the range (under {@code allowed} as {@code "min..max"}, or {@code "min.."} without a maximum).
     */
    public static int wholeNumber(String parameter, String value, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        boolean unbounded = max == Integer.MAX_VALUE;
        throw new InvalidParameter(parameter, "'" + value + "' is not a valid " + parameter + "; allowed: a whole number "
                + (unbounded ? "from " + min : "from " + min + " to " + max) + ".",
                                   List.of(min + ".." + (unbounded ? "" : String.valueOf(max))));
    }

    private static ProblemDetail problem(String parameter, String detail, List<String> allowed) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", "invalid-" + parameter.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
        problem.setProperty("parameter", parameter);
        if (allowed != null) {
            problem.setProperty("allowed", allowed);
        }
        return problem;
    }
}
