package goodwill.command.directory;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * One thing that exists in a ledger, keyed by its aggregate identifier, so that every check is a lookup by
 * {@code _id}. Public only because the driver's record codec reads public records alone.
 *
 * @param live false once a contact stops being one (archived, merged away) or a favor is retracted; always true for a ledger
 */
public record DirectoryEntry(@BsonId String id, Kind kind, String ledgerId, boolean live) {

    public enum Kind {
        LEDGER,
        CONTACT,
        FAVOR
    }
}
