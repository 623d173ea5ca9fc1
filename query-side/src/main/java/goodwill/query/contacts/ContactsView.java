package goodwill.query.contacts;

import java.util.List;

/** A ledger's directory, sorted by display name; as CSV, the contacts alone (see {@link ContactsCsv}). */
public record ContactsView(String ledgerId, String meId, List<ContactView> contacts) {
}
