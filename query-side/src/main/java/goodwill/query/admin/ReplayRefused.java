package goodwill.query.admin;

/**
 * A replay that cannot be started, with a stable code: {@code already-replaying}, {@code reset-not-supported},
 * {@code token-claimed} (another node holds a segment), {@code reset-refused} (Axon refused the reset) or
 * {@code not-tracking}. Nothing was changed.
 */
class ReplayRefused extends RuntimeException {

    private final String code;

    ReplayRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
