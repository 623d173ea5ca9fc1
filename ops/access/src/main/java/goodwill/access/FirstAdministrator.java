package goodwill.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Makes sure the app can be signed in to: with no account yet, it creates the administrator {@value #USERNAME}.
 * Its password is {@code GOODWILL_ADMIN_PASSWORD} when that is set (for scripts and CI); otherwise a random one,
 * written to {@value #PASSWORD_FILE} in the data directory, readable by this user only. The log says where the
 * password is, never what it is. The file goes away when the administrator changes the password.
 */
class FirstAdministrator implements InitializingBean {

    static final String USERNAME = Accounts.FIRST_ADMINISTRATOR;
    static final String PASSWORD_FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final String configuredPassword;
    private final Path passwordFile;

    FirstAdministrator(Accounts accounts, String configuredPassword, Path dataDirectory) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword == null || configuredPassword.isEmpty() ? null : configuredPassword;
        this.passwordFile = dataDirectory.toAbsolutePath().normalize().resolve(PASSWORD_FILE);
    }

    @Override
    public void afterPropertiesSet() {
        if (!accounts.isEmpty()) {
            return;
        }
        if (configuredPassword != null) {
            if (!Credentials.isPassword(configuredPassword)) {
                throw new IllegalStateException("GOODWILL_ADMIN_PASSWORD " + Credentials.PASSWORD_RULE + ".");
            }
            if (created(configuredPassword)) {
                LOG.info("Created the administrator '{}' with the password of GOODWILL_ADMIN_PASSWORD.", USERNAME);
            }
            return;
        }
        String password = randomPassword();
        writeOwnerOnly(password);
        if (!created(password)) {
            forgetGeneratedPassword();
            return;
        }
        LOG.info("Created the administrator '{}'. Its password is in {} (readable by this user only): "
                         + "sign in at /login.html and change it.", USERNAME, passwordFile);
    }

    /**
     * Creates the administrator, unless another process on the same database (a cluster's nodes start at once) has
     * just done so: then theirs is the one, and its password the one they were given.
     */
    private boolean created(String password) {
        try {
            accounts.create(USERNAME, password, true);
            return true;
        } catch (AccessRefusedException taken) {
            if (!"username-taken".equals(taken.code())) {
                throw taken;
            }
            LOG.info("The administrator '{}' was created by another process on this database meanwhile.", USERNAME);
            return false;
        }
    }

    /** Called when the administrator sets a password of their own: the generated one is of no more use. */
    void forgetGeneratedPassword() {
        try {
            Files.deleteIfExists(passwordFile);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: delete it by hand.", passwordFile);
        }
    }

    private void writeOwnerOnly(String password) {
        try {
            Files.createDirectories(passwordFile.getParent());
            Files.deleteIfExists(passwordFile);
            try {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(passwordFile);
            }
            Files.writeString(passwordFile, password + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the administrator's first password to " + passwordFile, e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
