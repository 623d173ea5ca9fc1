package goodwill.query.advocacy;

/**
 * What a fact counts as in a contact's advocacy score (see {@link AdvocacyFormula} for the points of each). A
 * breakdown has one row per point-bearing factor and one for {@link #RELIABILITY}; a fact is never of that one.
 */
public enum Factor {
    /** A favor the contact did me, neither done toward someone nor of a kind that speaks for me. */
    FAVOR_FOR_ME,
    /** A favor the contact did acting on my behalf: a referral, introduction, recommendation or forwarded résumé
     *  for me, a favor to me done toward a third party, or a favor to someone else done toward me. */
    ON_MY_BEHALF,
    /** An introduction the contact made with me as one of the two introduced. */
    INTRODUCED_ME,
    /** An outcome of such an introduction that led somewhere: met, opportunity, hired, deal. */
    INTRODUCTION_LED_SOMEWHERE,
    /** A promise the contact made me and kept. */
    COMMITMENT_KEPT,
    /** A promise the contact made me and broke. */
    COMMITMENT_BROKEN,
    /** In a breakdown only: what kept and broken promises added to (or took from) the score. */
    RELIABILITY
}
