package goodwill.events;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A person became a live contact of a ledger.
 *
 * @param contactId   unique within the ledger, not across ledgers: the same slug may name different people
 *                    in two ledgers
 * @param tags        never null; empty when none were given
 * @param occurredAt  when the person entered the network (defaults to the time of recording)
 * @param phone       a telephone number, as written; null when none is known
 * @param url         a web address of theirs (a profile, a site); null when none is known
 */
@Revision("2")
public record ContactAdded(String ledgerId,
                           String contactId,
                           @PersonalDetail(ifForgotten = AboutSomeone.FORGOTTEN_NAME) String displayName,
                           @PersonalDetail String organization,
                           @PersonalDetail String role,
                           @PersonalDetail String email,
                           @PersonalDetail List<String> tags,
                           @PersonalDetail String howWeMet,
                           Instant occurredAt,
                           @PersonalDetail String phone,
                           @PersonalDetail String url) implements LedgerEvent, AboutSomeone {

    public ContactAdded {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A contact without a phone number or a web address (every contact added before they could have one). */
    public ContactAdded(String ledgerId, String contactId, String displayName, String organization, String role,
                        String email, List<String> tags, String howWeMet, Instant occurredAt) {
        this(ledgerId, contactId, displayName, organization, role, email, tags, howWeMet, occurredAt, null, null);
    }

    /** Whose key seals its personal details. */
    @Override
    public String subjectId() {
        return contactId;
    }
}
