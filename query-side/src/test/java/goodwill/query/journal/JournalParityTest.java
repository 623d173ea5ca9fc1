package goodwill.query.journal;

import goodwill.query.FoldParity;
import goodwill.query.ReadModelCollections;
import java.util.Set;

class JournalParityTest extends FoldParity {

    JournalParityTest() {
        super(JournalProjection::new);
    }

    /** The entry a correction links to is found by the event id its subject keeps. */
    @Override
    protected Set<String> lookedUpByStoredKeys() {
        return Set.of(ReadModelCollections.JOURNAL);
    }
}
