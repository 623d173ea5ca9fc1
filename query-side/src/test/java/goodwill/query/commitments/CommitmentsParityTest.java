package goodwill.query.commitments;

import goodwill.query.FoldParity;

class CommitmentsParityTest extends FoldParity {

    CommitmentsParityTest() {
        super(CommitmentsProjection::new);
    }
}
