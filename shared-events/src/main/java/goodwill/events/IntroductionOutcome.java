package goodwill.events;

/** What came of an introduction. Values are only ever added: stored events name them. */
public enum IntroductionOutcome {
    MET,
    OPPORTUNITY,
    HIRED,
    DEAL,
    NO_RESPONSE,
    DECLINED
}
