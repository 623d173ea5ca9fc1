package goodwill.query.introductions;

import goodwill.query.FoldParity;

class IntroductionsParityTest extends FoldParity {

    IntroductionsParityTest() {
        super(database -> new IntroductionsProjection(database, new IntroductionsStore(database)));
    }
}
