package goodwill.command;

import goodwill.command.directory.LedgerDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A ledger directory for aggregate tests, filled by the test with what exists. */
public final class InMemoryLedgerDirectory implements LedgerDirectory {

    private final Set<String> ledgers = new HashSet<>();
    private final Set<String> contacts = new HashSet<>();
    private final Set<String> favors = new HashSet<>();
    private final Set<String> archived = new HashSet<>();
    private final Map<String, String> me = new HashMap<>();
    private final Map<String, List<Instant>> givenByMe = new HashMap<>();

    /** The ledger "team", its me "me", and the contacts: where most aggregate tests take place. */
    public static InMemoryLedgerDirectory team(String... contactIds) {
        InMemoryLedgerDirectory directory = new InMemoryLedgerDirectory().withLedger("team", "me");
        for (String contactId : contactIds) {
            directory.withContact("team", contactId);
        }
        return directory;
    }

    public InMemoryLedgerDirectory withLedger(String ledgerId, String meId) {
        ledgers.add(ledgerId);
        me.put(ledgerId, meId);
        return withContact(ledgerId, meId);
    }

    /** Me did the contact a favor, not retracted, at the moment. */
    public InMemoryLedgerDirectory withFavorFromMe(String ledgerId, String contactId, Instant occurredAt) {
        givenByMe.merge(Ids.contact(ledgerId, contactId), List.of(occurredAt),
                        (earlier, more) -> Stream.concat(earlier.stream(), more.stream()).toList());
        return this;
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
    public List<String> ledgerIds() {
        return List.copyOf(ledgers);
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
    public boolean isMe(String ledgerId, String personId) {
        return personId.equals(me.get(ledgerId));
    }

    @Override
    public boolean hasGivenBefore(String ledgerId, String contactId, Instant before) {
        return givenByMe.getOrDefault(Ids.contact(ledgerId, contactId), List.of()).stream()
                        .anyMatch(occurredAt -> occurredAt.isBefore(before));
    }

    @Override
    public boolean isFavor(String ledgerId, String favorId) {
        return favors.contains(Ids.favor(ledgerId, favorId));
    }
}
