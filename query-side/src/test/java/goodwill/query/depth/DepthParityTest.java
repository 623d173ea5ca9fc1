package goodwill.query.depth;

import goodwill.query.FoldParity;

class DepthParityTest extends FoldParity {

    DepthParityTest() {
        super(database -> new DepthProjection(database, new DepthStore(database)));
    }
}
