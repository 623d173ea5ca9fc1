package goodwill.query.admin;

/**
 * What an event processor is doing. {@code REPLAYING}: rebuilding its read model from history (a replay, or
 * the first build of a new read model over an existing history); its read model is not answered from until it
 * is done. {@code CATCHING_UP}: behind the head with a complete, older state, which queries answer from.
 */
enum ProcessorState {
    RUNNING, REPLAYING, CATCHING_UP, STOPPED, ERROR
}
