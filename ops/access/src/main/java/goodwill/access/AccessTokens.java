package goodwill.access;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Personal access tokens, for scripts and the command line. A token is 32 random bytes; it is shown once, when it
 * is created, and only its SHA-256 hash is kept (a random secret of that length needs no slow hash: there is no
 * dictionary to try). A request presents it as {@code Authorization: Bearer gw_…}; it is looked up by its hash,
 * through a unique index.
 */
public class AccessTokens {

    /** What every token starts with, so that a secret scanner (or a person) can tell one when it leaks. */
    public static final String PREFIX = "gw_";
    public static final int MAX_DAYS = 366;
    private static final int SHOWN_CHARACTERS = PREFIX.length() + 6;
    /** Last use is written at most this often per token, so that a busy script does not write at every request. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private static final String HASH = "hash";
    /** One digest per thread: looking a provider up at every request is a third of what hashing a token costs. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    });
    private static final String USERNAME = "username";

    /** Who a token speaks for, and what it may do. */
    public record Grant(String tokenId, String username, TokenScope scope) {
    }

    /** A token just made: its secret, which is never shown again, and how it is listed from now on. */
    public record NewToken(String token, AccessToken listed) {
    }

    private final MongoCollection<Document> tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> lastUseWritten = new ConcurrentHashMap<>();

    public AccessTokens(MongoDatabase database, Clock clock) {
        this.tokens = database.getCollection(AccessCollections.ACCESS_TOKENS);
        this.clock = clock;
        tokens.createIndex(Indexes.ascending(HASH), new IndexOptions().unique(true).name("hash"));
        tokens.createIndex(Indexes.ascending(USERNAME), new IndexOptions().name(USERNAME));
    }

    public NewToken create(String username, String name, int expiresInDays, TokenScope scope) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        AccessToken listed = new AccessToken(newId(), name, token.substring(0, SHOWN_CHARACTERS), scope, now,
                                             now.plus(Duration.ofDays(expiresInDays)), null, null);
        tokens.insertOne(new Document("_id", listed.tokenId()).append(HASH, hash(token)).append(USERNAME, username)
                                 .append("name", name).append("prefix", listed.prefix())
                                 .append("scope", scope.name()).append("createdAt", Date.from(now))
                                 .append("expiresAt", Date.from(listed.expiresAt())));
        return new NewToken(token, listed);
    }

    /** The grant of a live token (neither expired nor revoked), noting that it was used; empty otherwise. */
    public Optional<Grant> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Document found = tokens.find(eq(HASH, hash(token))).first();
        Instant now = clock.instant();
        if (found == null || found.getDate("revokedAt") != null || !now.isBefore(found.getDate("expiresAt").toInstant())) {
            return Optional.empty();
        }
        String tokenId = found.getString("_id");
        Instant written = lastUseWritten.get(tokenId);
        if (written == null || Duration.between(written, now).compareTo(LAST_USE_RESOLUTION) >= 0) {
            lastUseWritten.put(tokenId, now);
            tokens.updateOne(eq("_id", tokenId), Updates.set("lastUsedAt", Date.from(now)));
        }
        return Optional.of(new Grant(tokenId, found.getString(USERNAME), TokenScope.valueOf(found.getString("scope"))));
    }

    /** The user's tokens, newest first, revoked and expired ones included. */
    public List<AccessToken> listOf(String username) {
        return tokens.find(eq(USERNAME, username)).sort(Sorts.descending("createdAt"))
                     .map(AccessTokens::listed).into(new ArrayList<>());
    }

    /** Revokes one of the user's tokens, from this request on; revoking it again changes nothing. */
    public AccessToken revoke(String username, String tokenId) {
        Document found = tokens.find(and(eq("_id", tokenId), eq(USERNAME, username))).first();
        if (found == null) {
            throw AccessRefusedException.unknownToken(tokenId);
        }
        if (found.getDate("revokedAt") == null) {
            Date now = Date.from(clock.instant());
            tokens.updateOne(eq("_id", tokenId), Updates.set("revokedAt", now));
            found.put("revokedAt", now);
        }
        return listed(found);
    }

    private String newId() {
        byte[] id = new byte[9];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id).replace('-', 'x').replace('_', 'y');
    }

    private static AccessToken listed(Document document) {
        return new AccessToken(document.getString("_id"), document.getString("name"), document.getString("prefix"),
                               TokenScope.valueOf(document.getString("scope")), instant(document, "createdAt"),
                               instant(document, "expiresAt"), instant(document, "lastUsedAt"),
                               instant(document, "revokedAt"));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static String hash(String token) {
        return HexFormat.of().formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
