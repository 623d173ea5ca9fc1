package goodwill.query.advocacy;

import goodwill.query.FoldParity;
import goodwill.query.ReadModelCollections;
import java.util.Set;

class AdvocacyParityTest extends FoldParity {

    AdvocacyParityTest() {
        super(AdvocacyProjection::new);
    }

    /** A merge moves the merged contact's part in every source its contact document lists; a source names its contacts as they count now. */
    @Override
    protected Set<String> lookedUpByStoredKeys() {
        return Set.of(ReadModelCollections.ADVOCACY_SOURCES, ReadModelCollections.ADVOCACY_CONTACTS);
    }
}
