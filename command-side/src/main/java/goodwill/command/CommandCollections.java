package goodwill.command;

/** The MongoDB collections the command side owns, besides the event store. */
public final class CommandCollections {

    /** Which ledgers, live contacts and favors exist: what rules spanning aggregates check against. */
    public static final String LEDGER_DIRECTORY = "ledger_directory";

    private CommandCollections() {
    }
}
