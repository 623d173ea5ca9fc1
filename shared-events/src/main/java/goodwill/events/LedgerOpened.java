package goodwill.events;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A ledger came into being, owned by a person who is, from this moment, a live contact of it: "me".
 * <p>
 * There is no separate {@link ContactAdded} for me: a read model that lists the people of a ledger takes
 * me from here ({@code meId}, {@code ownerName}).
 *
 * @param meId      the owner's own person in this ledger; unique among the ledger's contact ids
 * @param ownerName how the owner is named in the ledger
 */
@Revision("2")
public record LedgerOpened(String ledgerId,
                           String meId,
                           @PersonalDetail(ifForgotten = AboutSomeone.FORGOTTEN_NAME) String ownerName,
                           Instant occurredAt) implements LedgerEvent, AboutSomeone {

    /** Whose key seals its personal details. */
    @Override
    public String subjectId() {
        return meId;
    }
}
