package goodwill.query.journal;

import java.time.Instant;
import java.util.List;

/**
 * A page of a ledger's journal, newest first on the basis; answered with a {@link JournalPage}.
 *
 * @param contactId entries naming this contact, or null for all
 * @param types     entries of these types, or empty for all
 * @param from      entries at or after this time, or null
 * @param to        entries before this time, or null
 * @param after     the cursor of the previous page, or null for the first
 */
record FindJournal(String ledgerId, String contactId, List<String> types, Instant from, Instant to,
                   JournalBasis basis, JournalCursor after, int limit) {
}
