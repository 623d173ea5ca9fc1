package goodwill.storage.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import goodwill.storage.StorageCollections;
import goodwill.storage.TemporaryData;
import goodwill.storage.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The keys that seal personal data: made once a person, wrapped by the master key, destroyed for good by forgetting. */
class DataKeysTest {

    private final TestDatabase database = TestDatabase.create();
    private final MasterKey master = MasterKey.random();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSealedDetailOpensWithItsPersonsKeyAndNoOtherAndIsNeverTheSameTwice() {
        DataKeys keys = new DataKeys(database.connection().database(), master, clock);
        SecretKey ana = keys.keyFor("team", "ana").orElseThrow();
        SecretKey bo = keys.keyFor("team", "bo").orElseThrow();

        String sealed = PersonalData.seal("Ana Lopez", ana, "team:ana");

        assertThat(sealed).startsWith(PersonalData.PREFIX).doesNotContain("Ana");
        assertThat(PersonalData.seal("Ana Lopez", ana, "team:ana")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(PersonalData.open(sealed, ana, "team:ana")).contains("Ana Lopez");
        assertThat(PersonalData.open(sealed, bo, "team:ana")).as("another person's key").isEmpty();
        assertThat(PersonalData.open(sealed, ana, "team:bo")).as("moved onto another person").isEmpty();
        assertThat(keys.keyFor("team", "ana").orElseThrow().getEncoded()).isEqualTo(ana.getEncoded());
        assertThat(new DataKeys(database.connection().database(), master, clock).existingKeyOf("team", "ana").orElseThrow()
                                                                   .getEncoded())
                .as("kept, wrapped, in the database").isEqualTo(ana.getEncoded());
    }

    @Test
    void aForgottenPersonsKeyIsGoneForGoodOnThisNodeAndOnEveryOtherOnceItReadsAgain() {
        DataKeys here = new DataKeys(database.connection().database(), master, clock);
        DataKeys there = new DataKeys(database.connection().database(), master, clock);
        SecretKey ana = here.keyFor("team", "ana").orElseThrow();
        String sealed = PersonalData.seal("ana@example.org", ana, "team:ana");

        assertThat(here.forget("team", "ana")).as("a key destroyed").isTrue();

        assertThat(there.forget("team", "ana")).as("none the second time").isFalse();
        assertThat(here.forget("team", "cy")).as("none for a person who never had one").isFalse();
        assertThat(here.isForgotten("team", "cy")).isTrue();
        assertThat(here.keyFor("team", "ana")).as("not made again").isEmpty();
        assertThat(here.isForgotten("team", "ana")).isTrue();
        assertThat(new DataKeys(database.connection().database(), master, clock).existingKeyOf("team", "ana")).isEmpty();
        assertThat(there.existingKeyOf("team", "ana")).isEmpty();
        assertThat(database.connection().database().getCollection(StorageCollections.DATA_KEYS).find().first().toJson())
                .doesNotContain(Base64.getEncoder().encodeToString(ana.getEncoded()));
        assertThat(sealed).doesNotContain("ana@");
    }

    @Test
    void anotherMasterKeyIsRefusedInWordsNotAnsweredWithGarbage() {
        new DataKeys(database.connection().database(), master, clock).keyFor("team", "ana");

        assertThatThrownBy(() -> new DataKeys(database.connection().database(), MasterKey.random(), clock))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not the one this database's");
    }

    @Test
    void theMasterKeyIsTheVariablesElseAFileMadeOnTheFirstStartReadableByItsOwnerOnly() throws Exception {
        Path data = TemporaryData.directory("goodwill-key-");

        MasterKey made = MasterKey.load(null, data);
        Path file = data.resolve(MasterKey.FILE_NAME);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(MasterKey.BYTES);
        assertThat(made.toString()).isEqualTo("master key from " + file).doesNotContain(Files.readString(file).strip());
        byte[] wrapped = made.wrap(new byte[] {1, 2, 3}, "team:ana");
        assertThat(MasterKey.load(" ", data).unwrap(wrapped, "team:ana")).as("the same file, read again")
                                                                        .containsExactly(1, 2, 3);
        String value = Base64.getEncoder().encodeToString(new byte[MasterKey.BYTES]);
        assertThat(MasterKey.load(value, data).toString()).isEqualTo("master key from GOODWILL_MASTER_KEY");
        assertThatThrownBy(() -> MasterKey.load("not base64!", data)).hasMessageContaining("not base64");
        assertThatThrownBy(() -> MasterKey.load(Base64.getEncoder().encodeToString(new byte[16]), data))
                .hasMessageContaining("is 16 bytes");
    }
}
