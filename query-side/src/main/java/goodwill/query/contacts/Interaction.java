package goodwill.query.contacts;

import java.time.Instant;
import java.util.List;

/**
 * A favor, meeting, introduction, commitment or ask, reduced to what the directory needs of it: who it names
 * and when it happened. Public only because the driver's record codec reads public records alone.
 *
 * @param key        {@code <kind>:<id>}, unique within the ledger
 * @param contactIds everyone it names, each once, as recorded (not as merged since)
 */
public record Interaction(String key, List<String> contactIds, Instant occurredAt) {

    public Interaction {
        contactIds = List.copyOf(contactIds);
    }

    Touch touch() {
        return new Touch(key, occurredAt);
    }
}
