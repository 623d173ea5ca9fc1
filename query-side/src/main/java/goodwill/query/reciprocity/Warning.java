package goodwill.query.reciprocity;

/**
 * Something a user may want to know about what they recorded, in kind words; never a refusal.
 *
 * @param code stable, for clients to switch on ({@value #EMPTY_ACCOUNT})
 */
public record Warning(String code, String detail) {

    /** An ask of someone me had given nothing before it: the same code the command side answers with. */
    public static final String EMPTY_ACCOUNT = "empty-account";
}
