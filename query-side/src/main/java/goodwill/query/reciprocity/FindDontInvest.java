package goodwill.query.reciprocity;

/** The "don't invest further" list; answered with a {@link DontInvestView}. */
public record FindDontInvest(String ledgerId) {
}
