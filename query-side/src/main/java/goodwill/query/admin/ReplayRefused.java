package goodwill.query.admin;

import goodwill.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * A replay that cannot be started, answered 409 with a stable code: {@code already-replaying},
 * {@code reset-not-supported}, {@code token-claimed} (another node holds a segment and did not let go of it in
 * time), {@code reset-refused} (Axon refused the reset) or {@code not-tracking}. Nothing was changed.
 */
class ReplayRefused extends Refusal {

    ReplayRefused(String code, String message) {
        super(HttpStatus.CONFLICT, code, message);
    }
}
