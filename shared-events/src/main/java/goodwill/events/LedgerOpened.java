package goodwill.events;

import java.time.Instant;

/**
 * A ledger came into being, owned by a person who is, from this moment, a live contact of it: "me".
 * <p>
 * There is no separate {@link ContactAdded} for me: a read model that lists the people of a ledger takes
 * me from here ({@code meId}, {@code ownerName}).
 *
 * @param meId      the owner's own person in this ledger; unique among the ledger's contact ids
 * @param ownerName how the owner is named in the ledger
 */
public record LedgerOpened(String ledgerId, String meId, String ownerName, Instant occurredAt) implements LedgerEvent {
}
