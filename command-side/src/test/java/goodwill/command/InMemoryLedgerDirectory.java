package goodwill.command;

import goodwill.command.directory.LedgerDirectory;
import java.util.HashSet;
import java.util.Set;

/** A ledger directory for aggregate tests, filled by the test with what exists. */
public final class InMemoryLedgerDirectory implements LedgerDirectory {

    private final Set<String> ledgers = new HashSet<>();
    private final Set<String> contacts = new HashSet<>();
    private final Set<String> favors = new HashSet<>();
    private final Set<String> archived = new HashSet<>();

    public InMemoryLedgerDirectory withLedger(String ledgerId, String meId) {
        ledgers.add(ledgerId);
        return withContact(ledgerId, meId);
    }

    public InMemoryLedgerDirectory withContact(String ledgerId, String contactId) {
        contacts.add(Ids.contact(ledgerId, contactId));
        return this;
    }

    public InMemoryLedgerDirectory withFavor(String ledgerId, String favorId) {
        favors.add(Ids.favor(ledgerId, favorId));
        return this;
    }

    /** A contact that was archived or merged into another: known, but no longer live. */
    public InMemoryLedgerDirectory withArchivedContact(String ledgerId, String contactId) {
        contacts.remove(Ids.contact(ledgerId, contactId));
        archived.add(Ids.contact(ledgerId, contactId));
        return this;
    }

    @Override
    public boolean isContact(String ledgerId, String contactId) {
        return contacts.contains(Ids.contact(ledgerId, contactId)) || archived.contains(Ids.contact(ledgerId, contactId));
    }

    @Override
    public boolean isLedger(String ledgerId) {
        return ledgers.contains(ledgerId);
    }

    @Override
    public boolean isLiveContact(String ledgerId, String contactId) {
        return contacts.contains(Ids.contact(ledgerId, contactId));
    }

    @Override
    public boolean isFavor(String ledgerId, String favorId) {
        return favors.contains(Ids.favor(ledgerId, favorId));
    }
}
