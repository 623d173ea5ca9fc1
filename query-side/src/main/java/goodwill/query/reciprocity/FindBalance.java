package goodwill.query.reciprocity;

/** Me's balance with one contact of a ledger; answered with a {@link BalanceView}. */
public record FindBalance(String ledgerId, String contactId) {
}
