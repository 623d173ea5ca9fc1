package goodwill.query.journal;

import goodwill.query.HandledTimes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of the journal ended: the last entry's time on the page's basis and its position, which
 * together order entries without ties. Opaque to clients; a cursor is only valid with the basis it was
 * made for.
 */
record JournalCursor(JournalBasis basis, Instant time, long position) {

    String encode() {
        String plain = basis.name() + "|" + time + "|" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static JournalCursor after(JournalBasis basis, JournalEntry entry) {
        return new JournalCursor(basis, basis.timeOf(entry), entry.position());
    }

    /** The cursor, or an {@link IllegalArgumentException} for anything this class did not make. */
    static JournalCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a journal cursor");
            }
            Instant time = Instant.parse(parts[1]);
            if (!HandledTimes.handled(time)) {
                throw new IllegalArgumentException("not a journal cursor: its time is out of range");
            }
            return new JournalCursor(JournalBasis.valueOf(parts[0]), time, Long.parseLong(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a journal cursor", e);
        }
    }
}
