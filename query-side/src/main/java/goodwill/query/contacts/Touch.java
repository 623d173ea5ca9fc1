package goodwill.query.contacts;

import java.time.Instant;

/**
 * One interaction a contact took part in, as its last-interaction date counts it.
 *
 * @param key which interaction: {@code <kind>:<id>}, e.g. {@code favor:f1}, so that a correction finds it again
 */
public record Touch(String key, Instant occurredAt) {
}
