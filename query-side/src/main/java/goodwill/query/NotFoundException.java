package goodwill.query;

/**
 * What a query asked about does not exist (yet: a read model follows the event store shortly behind). The
 * code is stable, for clients to switch on; the message is for people.
 */
public class NotFoundException extends RuntimeException {

    private final String code;

    public NotFoundException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static NotFoundException unknownLedger(String ledgerId) {
        return new NotFoundException("unknown-ledger", "There is no ledger '" + ledgerId + "'.");
    }

    public static NotFoundException unknownContact(String ledgerId, String contactId) {
        return new NotFoundException("unknown-contact",
                                     "'" + contactId + "' is not a contact of ledger '" + ledgerId + "'.");
    }

    public String code() {
        return code;
    }
}
