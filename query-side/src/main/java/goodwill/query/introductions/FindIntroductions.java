package goodwill.query.introductions;

import goodwill.events.IntroductionOutcome;

/**
 * A ledger's introductions, newest first; answered with an {@link IntroductionsView}.
 *
 * @param contactId    only those naming this contact (or one merged into them) as introducer or introduced, or null
 * @param introducerId only those this contact (or one merged into them) made, or null
 * @param outcome      only those that had this outcome at some time, or null
 */
public record FindIntroductions(String ledgerId, String contactId, String introducerId, IntroductionOutcome outcome) {
}
