package goodwill.query.admin;

import java.time.Instant;

/**
 * A rebuild under way, or the last one this node ran (then at 100). {@code progressPercent}: how far the
 * processor has come from the start of history towards the head position captured when the rebuild began
 * (99 at most until it is done). {@code startedAt}: when this node began it; null for a rebuild this node
 * found running (the first build of a new read model, or one carried over a restart), whose target is then
 * its reset position. {@code resetPosition}: where the processor was when it was reset.
 */
record ReplayProgress(int progressPercent, Instant startedAt, Long resetPosition) {
}
