package goodwill.events;

/** What a favor was. Values are only ever added: stored events name them. */
public enum FavorKind {
    REFERRAL,
    INTRODUCTION,
    ADVICE,
    RECOMMENDATION,
    RESUME_FORWARDED,
    RESOURCE,
    SUPPORT,
    OTHER
}
