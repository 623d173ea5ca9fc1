package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A contact stops being a live contact of the ledger: nothing new may name them, while everything recorded
 * with them stays. Me is never archived.
 *
 * @param reason     why, or null
 * @param occurredAt when it was archived (defaults to the time of recording)
 */
@Revision("2")
public record ContactArchived(String ledgerId,
                              String contactId,
                              @PersonalDetail String reason,
                              Instant occurredAt) implements LedgerEvent, AboutSomeone {

    /** Whose key seals its personal details. */
    @Override
    public String subjectId() {
        return contactId;
    }
}
