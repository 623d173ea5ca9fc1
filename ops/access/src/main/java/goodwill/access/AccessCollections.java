package goodwill.access;

/**
 * The collections of people and permissions. None is part of the event log, and none leaves the app in an export:
 * password hashes and token hashes live here and only here.
 */
public final class AccessCollections {

    /** One document an account: its username, password hash and whether it administers the app. */
    public static final String ACCOUNTS = "accounts";

    /** One document a personal access token: its owner, scope, expiry and the hash of its secret. */
    public static final String ACCESS_TOKENS = "access_tokens";

    /** The membership read model: one document a member of a ledger, keyed by ledger and username. */
    public static final String MEMBERSHIPS = "memberships";

    private AccessCollections() {
    }
}
