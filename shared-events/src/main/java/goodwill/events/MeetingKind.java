package goodwill.events;

/** What kind of time people spent together. Values are only ever added: stored events name them. */
public enum MeetingKind {
    COFFEE,
    MEAL,
    CALL,
    VIDEO,
    EVENT,
    VISIT
}
