package goodwill.access;

import java.time.Instant;

/**
 * A personal access token as its owner sees it in the list: never its secret, only the secret's first characters
 * to tell tokens apart.
 *
 * @param lastUsedAt when it last authenticated a request (to the minute), or null
 * @param revokedAt  when it was revoked, or null while it is live
 */
public record AccessToken(String tokenId, String name, String prefix, TokenScope scope, Instant createdAt,
                          Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
}
