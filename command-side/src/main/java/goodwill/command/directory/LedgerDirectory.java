package goodwill.command.directory;

import goodwill.command.CommandRefusedException;
import goodwill.events.AboutSomeone;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What exists in each ledger, for the rules that span aggregates: a favor's giver must be a live contact of
 * the favor's ledger, which neither aggregate can know from its own history.
 * <p>
 * It is kept up to date within the unit of work that records each event, so it already knows a contact
 * when the request that added it returns. Aggregates receive it as a command handler parameter.
 */
public interface LedgerDirectory {

    boolean isLedger(String ledgerId);

    /** Every ledger's id: for the rare work over all of them (a scan, not for a request's path). */
    List<String> ledgerIds();

    /** Whether the person is a live contact of the ledger; me is one from the ledger's opening on. */
    boolean isLiveContact(String ledgerId, String contactId);

    /** Whether the favor was recorded in the ledger and not retracted. */
    boolean isFavor(String ledgerId, String favorId);

    /** Whether the person is or was a contact of the ledger: live, archived or merged into another. */
    boolean isContact(String ledgerId, String contactId);

    /** Whether the person is me, the ledger's owner. */
    boolean isMe(String ledgerId, String personId);

    /**
     * Whether me did the contact (or a contact merged into them) a favor, not retracted, as amended, that occurred
     * before the moment: an investment an ask can draw on.
     */
    boolean hasGivenBefore(String ledgerId, String contactId, Instant before);

    /** Whether a person is me, in the ledger: what names an event's subject ({@link AboutSomeone#among}). */
    default Predicate<String> meOf(String ledgerId) {
        return person -> isMe(ledgerId, person);
    }

    default void requireLedger(String ledgerId) {
        if (!isLedger(ledgerId)) {
            throw CommandRefusedException.unknownLedger(ledgerId);
        }
    }

    /**
     * Requires what a command is about (the thing in its path) to have been recorded; a command about nothing is
     * refused as about an unknown ledger when the ledger is unknown too, else with the refusal given (404 either
     * way).
     *
     * @param recorded what the aggregate recorded of the thing, or null when it recorded nothing
     */
    default void requireRecorded(String ledgerId, Object recorded, Supplier<CommandRefusedException> unknown) {
        if (recorded == null) {
            requireLedger(ledgerId);
            throw unknown.get();
        }
    }

    /** @param field the request field that names the person, for the refusal */
    default void requireLiveContact(String ledgerId, String field, String contactId) {
        if (!isLiveContact(ledgerId, contactId)) {
            throw isContact(ledgerId, contactId)
                    ? CommandRefusedException.archivedContact(field, contactId)
                    : CommandRefusedException.unknownContact(field, contactId);
        }
    }

    /** @param field the request field that names the favor, for the refusal */
    default void requireFavor(String ledgerId, String field, String favorId) {
        if (!isFavor(ledgerId, favorId)) {
            throw CommandRefusedException.unknownFavor(field, favorId);
        }
    }
}
