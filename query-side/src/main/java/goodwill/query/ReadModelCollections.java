package goodwill.query;

/** The MongoDB collections of the read models. Each is derived: a replay of its processor rebuilds it. */
public final class ReadModelCollections {

    /** Who me is in each ledger, keyed by ledger id: what a favor is weighed against. */
    public static final String RECIPROCITY_LEDGERS = "reciprocity_ledgers";

    /** Me's balance with each contact, keyed by {@code <ledgerId>:<contactId>}. */
    public static final String RECIPROCITY_BALANCES = "reciprocity_balances";

    private ReadModelCollections() {
    }
}
