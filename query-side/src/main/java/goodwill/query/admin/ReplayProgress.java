package goodwill.query.admin;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * A rebuild under way, or the last one this node ran (then at 100). {@code progressPercent}: how far the
 * processor has come from the start of history towards the head position captured when the rebuild began
 * (99 at most until it is done). {@code startedAt}: when this node began it; null for a rebuild this node
 * found running (the first build of a new read model, or one carried over a restart), whose target is then
 * its reset position. {@code resetPosition}: where the processor was when it was reset.
 */
record ReplayProgress(int progressPercent, Instant startedAt, Long resetPosition) {

    /** From the start of history to the target; 99 at most, as it is not done yet. */
    static int percent(Long position, long target) {
        if (position == null || target <= 0) {
            return 0;
        }
        return (int) Math.min(99, position * 100 / target);
    }

    /** Whether a replaying segment at {@code position} has yet to come as far as where it was reset. */
    static boolean behindReset(OptionalLong position, OptionalLong resetPosition) {
        return position.isEmpty() || resetPosition.isEmpty() || position.getAsLong() < resetPosition.getAsLong();
    }
}
