package goodwill.query.introductions;

/** Everyone who made introductions in a ledger and what came of them; answered with a {@link ConnectorsView}. */
public record FindConnectors(String ledgerId) {
}
