package goodwill.query.journal;

import java.util.List;

/** One page of a journal; {@code nextCursor} asks for the next one, and is null on the last. */
public record JournalPage(List<JournalEntry> entries, String nextCursor) {
}
