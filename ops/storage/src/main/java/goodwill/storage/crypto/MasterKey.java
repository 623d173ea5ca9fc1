package goodwill.storage.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every person's data key ({@link DataKeys}): 256 bits, from {@code GOODWILL_MASTER_KEY}
 * (base64), or else from the key file in the data directory, made on the first start readable by its owner only, as
 * the first administrator's password is. Losing it makes every sealed personal detail unreadable: it is backed up
 * with the data, and never written to a log, an export or the event log ({@link #toString} names no byte of it).
 */
public final class MasterKey {

    /** The key file's name in the data directory. */
    public static final String FILE_NAME = "master-key";
    static final int BYTES = 32;

    private final SecretKey key;
    private final String source;

    private MasterKey(byte[] key, String source) {
        this.key = new SecretKeySpec(key, "AES");
        this.source = source;
    }

    /** A master key that must be kept elsewhere: for tests, and for a key given as a value. */
    public static MasterKey of(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("A master key is " + BYTES + " bytes (256 bits), not " + key.length + ".");
        }
        return new MasterKey(key.clone(), "given");
    }

    /** A new random master key. */
    public static MasterKey random() {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        return of(key);
    }

    /**
     * The master key of {@code GOODWILL_MASTER_KEY} when it is set, else of the data directory's key file, which is
     * made (mode 600) when there is none.
     *
     * @param environment the variable's value, or null or blank when it is not set
     * @throws IllegalStateException naming what is wrong with a value or a file that holds no key
     */
    public static MasterKey load(String environment, Path dataDirectory) {
        if (environment != null && !environment.isBlank()) {
            return new MasterKey(decoded(environment.strip(), "GOODWILL_MASTER_KEY"), "GOODWILL_MASTER_KEY");
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDirectory);
                byte[] key = new byte[BYTES];
                new SecureRandom().nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
                } catch (FileAlreadyExistsException another) {
                    // Another process made it first: its key is the one.
                }
            }
            return new MasterKey(decoded(Files.readString(file).strip(), file.toString()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file " + file + " cannot be read or made", e);
        }
    }

    private static byte[] decoded(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key in " + where + " is not base64.", null);
        }
        if (key.length != BYTES) {
            throw new IllegalStateException("The master key in " + where + " is " + key.length + " bytes; it must be "
                                            + BYTES + " (256 bits, 44 characters of base64).");
        }
        return key;
    }

    /** The data key wrapped for keeping: sealed under this key, bound to the id it is kept under. */
    byte[] wrap(byte[] dataKey, String keyId) {
        return Sealing.seal(key, dataKey, keyId);
    }

    /** The data key kept under the id; a wrong master key (or a key moved to another id) is refused. */
    byte[] unwrap(byte[] wrapped, String keyId) throws GeneralSecurityException {
        return Sealing.open(key, wrapped, keyId);
    }

    /** Where the key came from, never the key. */
    @Override
    public String toString() {
        return "master key from " + source;
    }
}
