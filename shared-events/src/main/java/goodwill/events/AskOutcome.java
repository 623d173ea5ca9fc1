package goodwill.events;

/** How an ask was answered. Values are only ever added: stored events name them. */
public enum AskOutcome {
    HELPED,
    DECLINED,
    NO_RESPONSE
}
