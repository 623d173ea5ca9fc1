package goodwill.command;

import java.util.UUID;

/**
 * Client ids and the aggregate identifiers made from them.
 * <p>
 * A client id (a UUID or a slug like {@code ana}) is unique only within its ledger, while Axon's aggregate
 * identifiers are global in the event store. So a contact's or a favor's aggregate identifier is scoped by
 * ledger and by kind: {@code <ledgerId>:contact:<contactId>}, {@code <ledgerId>:favor:<favorId>}; a
 * ledger's is its ledger id. Client ids never contain {@code ':'} (nor {@code '/'}, which the event store
 * uses in its own keys), so these identifiers never collide.
 */
public final class Ids {

    /** What a client id looks like: a UUID, or a slug of up to 64 characters. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._~-]{0,63}";

    private Ids() {
    }

    /** The id given to a thing created without one. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String ledger(String ledgerId) {
        return ledgerId;
    }

    public static String contact(String ledgerId, String contactId) {
        return scoped(ledgerId, "contact", contactId);
    }

    public static String favor(String ledgerId, String favorId) {
        return scoped(ledgerId, "favor", favorId);
    }

    public static String meeting(String ledgerId, String meetingId) {
        return scoped(ledgerId, "meeting", meetingId);
    }

    public static String introduction(String ledgerId, String introductionId) {
        return scoped(ledgerId, "introduction", introductionId);
    }

    public static String commitment(String ledgerId, String commitmentId) {
        return scoped(ledgerId, "commitment", commitmentId);
    }

    public static String ask(String ledgerId, String askId) {
        return scoped(ledgerId, "ask", askId);
    }

    private static String scoped(String ledgerId, String kind, String id) {
        return ledgerId + ":" + kind + ":" + id;
    }
}
