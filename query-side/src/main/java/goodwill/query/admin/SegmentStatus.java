package goodwill.query.admin;

/**
 * One segment of a tracking processor claimed by this node; {@code position} is null before its first event,
 * {@code replaying} true until it has come back to where it was reset.
 */
record SegmentStatus(int segment, Long position, boolean caughtUp, boolean replaying, String error) {
}
