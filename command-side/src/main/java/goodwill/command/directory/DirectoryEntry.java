package goodwill.command.directory;

import java.time.Instant;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One thing that exists in a ledger, keyed by its aggregate identifier, so that every check is a lookup by
 * {@code _id}. Besides existence, each kind keeps what the warning about an empty account needs. Public only
 * because the driver's record codec reads public records alone.
 *
 * @param live       false once a contact stops being one (archived, merged away) or a favor is retracted; always
 *                   true for a ledger
 * @param meId       a ledger's owner's person; null for other kinds
 * @param giverId    a favor's giver, as amended; null for other kinds
 * @param receiverId a favor's receiver, as amended; null for other kinds
 * @param occurredAt when a favor was done, as amended; null for other kinds
 * @param survivorId the contact a merged contact was merged into; null otherwise
 * @param givenByMe  a contact's favors from me not retracted, by favor id, those of contacts merged into it
 *                   included; empty for other kinds
 */
public record DirectoryEntry(@BsonId String id, Kind kind, String ledgerId, boolean live, String meId,
                             String giverId, String receiverId, Instant occurredAt, String survivorId,
                             List<String> givenByMe) {

    public enum Kind {
        LEDGER,
        CONTACT,
        FAVOR
    }

    public DirectoryEntry {
        givenByMe = givenByMe == null ? List.of() : List.copyOf(givenByMe);
    }

    static DirectoryEntry ledger(String key, String ledgerId, String meId) {
        return new DirectoryEntry(key, Kind.LEDGER, ledgerId, true, meId, null, null, null, null, List.of());
    }
}
