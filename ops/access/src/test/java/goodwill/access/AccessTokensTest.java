package goodwill.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import goodwill.storage.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private final TestDatabase database = TestDatabase.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final AccessTokens tokens = new AccessTokens(database.connection().database(), clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aTokenSpeaksForItsOwnerWithItsScope() {
        String token = tokens.create("ana", "cli", 30, TokenScope.READ).token();

        assertThat(tokens.authenticate(token)).hasValueSatisfying(grant -> {
            assertThat(grant.username()).isEqualTo("ana");
            assertThat(grant.scope()).isEqualTo(TokenScope.READ);
        });
    }

    @Test
    void onlyItsHashIsKept() {
        AccessTokens.NewToken made = tokens.create("ana", "cli", 30, TokenScope.WRITE);

        assertThat(made.token()).startsWith(AccessTokens.PREFIX).hasSizeGreaterThan(40);
        for (Document stored : database.connection().database().getCollection(AccessCollections.ACCESS_TOKENS).find()) {
            assertThat(stored.toJson()).doesNotContain(made.token().substring(AccessTokens.PREFIX.length() + 6));
        }
        assertThat(tokens.listOf("ana")).singleElement().satisfies(listed -> {
            assertThat(made.token()).startsWith(listed.prefix());
            assertThat(listed.prefix()).hasSize(AccessTokens.PREFIX.length() + 6);
        });
    }

    @Test
    void aTokenExpiresAtTheEndOfItsDays() {
        String token = tokens.create("ana", "cli", 2, TokenScope.WRITE).token();

        clock.advance(Duration.ofDays(2).minusSeconds(1));
        assertThat(tokens.authenticate(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.authenticate(token)).isEmpty();
    }

    @Test
    void aRevokedTokenAuthenticatesNothingAndStaysListedAsRevoked() {
        AccessTokens.NewToken made = tokens.create("ana", "cli", 30, TokenScope.WRITE);

        tokens.revoke("ana", made.listed().tokenId());

        assertThat(tokens.authenticate(made.token())).isEmpty();
        assertThat(tokens.listOf("ana")).singleElement().satisfies(listed -> assertThat(listed.revokedAt()).isNotNull());
    }

    @Test
    void nobodyRevokesAnothersToken() {
        AccessTokens.NewToken made = tokens.create("ana", "cli", 30, TokenScope.WRITE);

        assertThatThrownBy(() -> tokens.revoke("bo", made.listed().tokenId())).isInstanceOf(AccessRefusedException.class);
        assertThat(tokens.authenticate(made.token())).isPresent();
    }

    @Test
    void lastUseIsNotedToTheMinute() {
        AccessTokens.NewToken made = tokens.create("ana", "cli", 30, TokenScope.WRITE);

        tokens.authenticate(made.token());
        Instant first = tokens.listOf("ana").get(0).lastUsedAt();
        clock.advance(Duration.ofSeconds(30));
        tokens.authenticate(made.token());
        assertThat(tokens.listOf("ana").get(0).lastUsedAt()).isEqualTo(first);
        clock.advance(Duration.ofSeconds(31));
        tokens.authenticate(made.token());
        assertThat(tokens.listOf("ana").get(0).lastUsedAt()).isAfter(first);
    }

    @Test
    void somethingThatIsNoTokenAuthenticatesNothing() {
        tokens.create("ana", "cli", 30, TokenScope.WRITE);

        assertThat(tokens.authenticate("gw_not-a-token")).isEmpty();
        assertThat(tokens.authenticate("not even the prefix")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }
}
