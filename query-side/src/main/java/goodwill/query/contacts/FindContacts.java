package goodwill.query.contacts;

/**
 * The live contacts of a ledger, me included, sorted by display name; answered with a {@link ContactsView}.
 *
 * @param includeArchived  whether archived contacts are listed too
 * @param includeMerged    whether contacts merged into another are listed too
 * @param includeForgotten whether people forgotten at their request are listed too (as forgotten persons)
 */
public record FindContacts(String ledgerId, boolean includeArchived, boolean includeMerged, boolean includeForgotten) {
}
