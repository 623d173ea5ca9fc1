package goodwill.query.reciprocity;

import goodwill.query.FoldParity;
import goodwill.query.ReadModelCollections;
import java.util.Set;

class ReciprocityParityTest extends FoldParity {

    ReciprocityParityTest() {
        super(ReciprocityProjection::new);
    }

    /** A balance is found by who me is and the merges so far, which the ledger's document keeps. */
    @Override
    protected Set<String> lookedUpByStoredKeys() {
        return Set.of(ReadModelCollections.RECIPROCITY_BALANCES);
    }
}
