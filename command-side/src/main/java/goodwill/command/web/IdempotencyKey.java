package goodwill.command.web;

import goodwill.command.Ids;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header: how a client retries a create whose body carries no id of its own.
 * <p>
 * The new thing's id is derived from the ledger, the endpoint and the key (a name-based UUID), so a retry
 * sends the same command again and the aggregate's own idempotency answers it: the same body answers as
 * before and records nothing new, a different body is refused {@code id-conflict}. Nothing is stored for
 * the key itself. A client id in the body wins over the key. Without either, a random id is generated.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    private static final int MAX_LENGTH = 255;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKey() {
    }

    /**
     * The id of the thing a create makes: the body's id if it has one, else one derived from the key, else a
     * new random one.
     *
     * @param ledgerId the ledger in the path ({@code null} for opening a ledger)
     * @param endpoint the create endpoint below the ledger, including any parent id in its path
     * @param key      the header's value, if the request has one
     * @throws InvalidHeaderException (400 {@code invalid-header}) for a key that is blank, too long, or not
     *                                visible ASCII; checked even when the body's id wins
     */
    public static String idFor(String ledgerId, String endpoint, String bodyId, String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new InvalidHeaderException(HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
        if (bodyId != null) {
            return bodyId;
        }
        if (key == null) {
            return Ids.newId();
        }
        // Neither a ledger id nor the key can hold a line feed, so distinct triples never share a name.
        String name = (ledgerId == null ? "" : ledgerId) + "\n" + endpoint + "\n" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
