package goodwill.storage.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * A personal detail sealed with its person's data key, as text that a JSON payload can hold:
 * {@value #PREFIX} and the base64 of the nonce, ciphertext and tag. It is bound to its person, so a sealed name
 * copied onto another person's event does not open.
 */
public final class PersonalData {

    /** What every sealed detail begins with; a detail without it is clear text, as every event before sealing holds. */
    public static final String PREFIX = "gw1:";

    private PersonalData() {
    }

    public static String seal(String detail, SecretKey key, String personId) {
        return PREFIX + Base64.getEncoder().encodeToString(Sealing.seal(key, detail.getBytes(StandardCharsets.UTF_8),
                                                                        personId));
    }

    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    /** The detail, or empty when the key is not the person's (destroyed keys are never asked). */
    public static Optional<String> open(String sealed, SecretKey key, String personId) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            return Optional.of(new String(Sealing.open(key, bytes, personId), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
