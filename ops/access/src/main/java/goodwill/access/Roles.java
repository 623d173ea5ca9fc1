package goodwill.access;

/** The app-wide authorities of an account; what it may do in a ledger is its membership's role. */
final class Roles {

    static final String USER = "ROLE_USER";
    static final String ADMIN = "ROLE_ADMIN";

    private Roles() {
    }

    static String[] of(boolean administrator) {
        return administrator ? new String[]{USER, ADMIN} : new String[]{USER};
    }
}
