package goodwill.command;

import goodwill.events.LedgerEvent;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A command that records its event at most once, sent again: when it would record what was recorded, it is a retry
 * and records nothing (the request is answered as before); when it would record anything else, it is refused, for
 * nothing recorded is ever replaced.
 */
public final class Retries {

    private Retries() {
    }

    /**
     * @param recorded what was recorded already, or null when nothing was
     * @param again    what the command would record
     * @param refusal  the refusal of a command that would record something else ({@code id-conflict}, say)
     * @return whether the command is a retry, which records nothing
     */
    public static <E> boolean recordedAlready(E recorded, E again, Supplier<CommandRefusedException> refusal) {
        if (recorded == null) {
            return false;
        }
        if (!recorded.equals(again)) {
            throw refusal.get();
        }
        return true;
    }

    /**
     * The same, for a command whose time may be left out: sent again without one, it means the time of the first.
     *
     * @param occurredAt the command's time, or null
     * @param again      the event the command would record, at a time
     */
    public static <E extends LedgerEvent> boolean recordedAlready(E recorded, Instant occurredAt,
                                                                  Function<Instant, E> again,
                                                                  Supplier<CommandRefusedException> refusal) {
        return recorded != null
                && recordedAlready(recorded, again.apply(occurredAt == null ? recorded.occurredAt() : occurredAt),
                                   refusal);
    }
}
