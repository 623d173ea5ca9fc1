package goodwill.query.admin;

import java.util.List;

/**
 * An event processor as this node sees it. For a tracking processor: {@code position} is the lowest position
 * of its segments claimed here (null when none is, or before the first event), {@code head} the event store's
 * last position, {@code behind} the difference. A processor that is not tracking ({@code tracking} false:
 * the command side's subscribing lookup in the single-node app) has neither position nor replay. {@code setAside}
 * is how many ledgers the read model set events of aside (see {@code GET …/dead-letters}); null without a
 * dead-letter queue.
 */
record ProcessorStatus(String name,
                       ProcessorState status,
                       boolean tracking,
                       Long position,
                       Long head,
                       Long behind,
                       ReplayProgress replay,
                       List<SegmentStatus> segments,
                       String error,
                       Long setAside) {
}
