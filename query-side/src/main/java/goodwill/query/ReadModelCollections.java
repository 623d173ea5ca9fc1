package goodwill.query;

/** The MongoDB collections of the read models. Each is derived: a replay of its processor rebuilds it. */
public final class ReadModelCollections {

    /** Who me is in each ledger, keyed by ledger id: what a favor is weighed against. */
    public static final String RECIPROCITY_LEDGERS = "reciprocity_ledgers";

    /** Me's balance with each contact, keyed by {@code <ledgerId>:<contactId>}. */
    public static final String RECIPROCITY_BALANCES = "reciprocity_balances";

    /** Every favor of each ledger as its corrections left it, keyed by {@code <ledgerId>:<favorId>}. */
    public static final String RECIPROCITY_FAVORS = "reciprocity_favors";

    /**
     * Who every commitment and ask of each ledger is between, keyed by {@code <ledgerId>:commitment:<id>} or
     * {@code <ledgerId>:ask:<id>}: what a resolution or an answer is counted against.
     */
    public static final String RECIPROCITY_PARTIES = "reciprocity_parties";

    /** Every event of each ledger as one journal entry, keyed by event id. */
    public static final String JOURNAL = "journal";

    /**
     * What each ledger's events brought in (favors as amended so far, meetings, contacts…) and the entry that
     * recorded it, keyed by {@code <ledgerId>:<thing>:<id>}: what the journal links a correction to.
     */
    public static final String JOURNAL_SUBJECTS = "journal_subjects";

    /** Who me is in each ledger and which contacts were merged into which, keyed by ledger id. */
    public static final String CONTACTS_LEDGERS = "contacts_ledgers";

    /** The directory: every contact of each ledger, me included, keyed by {@code <ledgerId>:<contactId>}. */
    public static final String CONTACTS = "contacts";

    /**
     * Every favor, meeting, introduction, commitment and ask of each ledger and whom it names, keyed by
     * {@code <ledgerId>:<kind>:<id>}.
     */
    public static final String CONTACTS_INTERACTIONS = "contacts_interactions";

    /**
     * The live interactions naming each contact, a page for every run of the ledger's interactions, keyed by
     * {@code <ledgerId>:<contactId>:<page>}: where a contact's latest are found again.
     */
    public static final String CONTACTS_TOUCHES = "contacts_touches";

    /** Who me is in each ledger, its people and which were merged into which, keyed by ledger id. */
    public static final String COMMITMENTS_LEDGERS = "commitments_ledgers";

    /** Every commitment of each ledger and how it ended, keyed by {@code <ledgerId>:<commitmentId>}. */
    public static final String COMMITMENTS = "commitments";

    /**
     * The introductions read model's facts (see {@code goodwill.query.facts}): ledgers keyed by id, people, favors
     * and meetings by {@code <ledgerId>:<id>}.
     */
    public static final String INTRODUCTIONS_LEDGERS = "introductions_ledgers";
    public static final String INTRODUCTIONS_PEOPLE = "introductions_people";
    public static final String INTRODUCTIONS_FAVORS = "introductions_favors";
    public static final String INTRODUCTIONS_MEETINGS = "introductions_meetings";
    /** Every introduction of each ledger with its outcomes, keyed by {@code <ledgerId>:<introductionId>}. */
    public static final String INTRODUCTIONS = "introductions";

    /** The breadth and depth read model's facts (see {@code goodwill.query.facts}), keyed as the introductions'. */
    public static final String DEPTH_LEDGERS = "depth_ledgers";
    public static final String DEPTH_PEOPLE = "depth_people";
    public static final String DEPTH_FAVORS = "depth_favors";
    public static final String DEPTH_MEETINGS = "depth_meetings";
    public static final String DEPTH_INTRODUCTIONS = "depth_introductions";

    /** Who me is in each ledger, its merges and the advocacy version that selected its facts, keyed by ledger id. */
    public static final String ADVOCACY_LEDGERS = "advocacy_ledgers";

    /** Every contact of each ledger with the facts of their advocacy score, keyed by {@code <ledgerId>:<contactId>}. */
    public static final String ADVOCACY_CONTACTS = "advocacy_contacts";

    /**
     * Every favor, introduction and commitment of each ledger as later events left it, keyed by
     * {@code <ledgerId>:<kind>:<id>}.
     */
    public static final String ADVOCACY_SOURCES = "advocacy_sources";

    /** Where each ledger's history stands: how many events it holds and the position of the last, keyed by ledger id. */
    public static final String HISTORY_LEDGERS = "history_ledgers";

    /**
     * Each ledger's events in the order they were recorded, a few hundred to a document, keyed by
     * {@code <ledgerId>:<chunk>}: what the retrospective reports fold.
     */
    public static final String HISTORY_CHUNKS = "history_chunks";

    private ReadModelCollections() {
    }
}
