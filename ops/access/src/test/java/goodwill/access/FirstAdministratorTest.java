package goodwill.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import goodwill.storage.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    @TempDir
    Path data;

    private final TestDatabase database = TestDatabase.create();
    private final Accounts accounts = new Accounts(database.connection().database(),
                                                   PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                                                   Clock.systemUTC());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void withoutAPasswordGivenTheFirstStartWritesARandomOneForThisUserOnlyAndLogsWhereNotWhat(CapturedOutput log)
            throws Exception {
        new FirstAdministrator(accounts, null, data).afterPropertiesSet();

        Path file = data.resolve(FirstAdministrator.PASSWORD_FILE);
        String password = Files.readString(file).strip();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(password).hasSizeGreaterThanOrEqualTo(Credentials.MIN_PASSWORD_LENGTH);
        assertThat(accounts.matches(Accounts.FIRST_ADMINISTRATOR, password)).isTrue();
        assertThat(accounts.find(Accounts.FIRST_ADMINISTRATOR)).hasValueSatisfying(
                admin -> assertThat(admin.administrator()).isTrue());
        assertThat(log.getAll()).contains(file.toString()).doesNotContain(password);
    }

    @Test
    void thePasswordOfTheEnvironmentIsTakenAndNoFileIsWritten(CapturedOutput log) {
        new FirstAdministrator(accounts, "a long enough secret", data).afterPropertiesSet();

        assertThat(accounts.matches(Accounts.FIRST_ADMINISTRATOR, "a long enough secret")).isTrue();
        assertThat(data.resolve(FirstAdministrator.PASSWORD_FILE)).doesNotExist();
        assertThat(log.getAll()).contains("GOODWILL_ADMIN_PASSWORD").doesNotContain("a long enough secret");
    }

    @Test
    void aShortPasswordInTheEnvironmentStopsTheStartSayingWhy() {
        assertThatThrownBy(() -> new FirstAdministrator(accounts, "admin", data).afterPropertiesSet())
                .hasMessageContaining("GOODWILL_ADMIN_PASSWORD").hasMessageContaining("at least 12");
        assertThat(accounts.isEmpty()).isTrue();
    }

    @Test
    void onceThereIsAnAccountNothingIsCreated() {
        accounts.create("ana", "a long enough secret", false);

        new FirstAdministrator(accounts, null, data).afterPropertiesSet();

        assertThat(accounts.find(Accounts.FIRST_ADMINISTRATOR)).isEmpty();
        assertThat(data.resolve(FirstAdministrator.PASSWORD_FILE)).doesNotExist();
    }

    @Test
    void anAdministratorAnotherProcessCreatedMeanwhileIsTheOneAndTheStartGoesOn(CapturedOutput log) {
        Accounts seenEmptyJustBefore = new Accounts(database.connection().database(),
                                                    PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                                                    Clock.systemUTC()) {
            @Override
            public boolean isEmpty() {
                return true;
            }
        };
        accounts.create(Accounts.FIRST_ADMINISTRATOR, "the other process's secret", true);

        new FirstAdministrator(seenEmptyJustBefore, null, data).afterPropertiesSet();
        new FirstAdministrator(seenEmptyJustBefore, "a long enough secret", data).afterPropertiesSet();

        assertThat(accounts.matches(Accounts.FIRST_ADMINISTRATOR, "the other process's secret")).isTrue();
        assertThat(data.resolve(FirstAdministrator.PASSWORD_FILE)).as("a password of no account").doesNotExist();
        assertThat(log.getAll()).contains("created by another process");
    }

    @Test
    void theGeneratedPasswordsFileGoesWhenTheAdministratorSetsTheirOwn() {
        FirstAdministrator first = new FirstAdministrator(accounts, null, data);
        first.afterPropertiesSet();

        first.forgetGeneratedPassword();

        assertThat(data.resolve(FirstAdministrator.PASSWORD_FILE)).doesNotExist();
    }
}
