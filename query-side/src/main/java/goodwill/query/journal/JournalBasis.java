package goodwill.query.journal;

import java.time.Instant;
import java.util.Locale;

/** Which time the journal is ordered and filtered by: when things happened, or when the ledger was told. */
enum JournalBasis {
    OCCURRED("occurredAt"),
    RECORDED("recordedAt");

    final String field;

    JournalBasis(String field) {
        this.field = field;
    }

    Instant timeOf(JournalEntry entry) {
        return this == OCCURRED ? entry.occurredAt() : entry.recordedAt();
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
