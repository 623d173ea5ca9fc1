package goodwill.query.reciprocity;

/** How an ask was answered, or that it was not yet: {@code UNANSWERED} until an answer is recorded. */
public enum AskStatus {
    HELPED,
    DECLINED,
    NO_RESPONSE,
    UNANSWERED
}
