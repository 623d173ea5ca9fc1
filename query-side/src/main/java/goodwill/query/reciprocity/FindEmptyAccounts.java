package goodwill.query.reciprocity;

/** The contacts me asked without having given them anything first; answered with an {@link EmptyAccountsView}. */
public record FindEmptyAccounts(String ledgerId) {
}
