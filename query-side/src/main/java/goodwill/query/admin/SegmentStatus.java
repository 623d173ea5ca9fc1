package goodwill.query.admin;

/**
 * One segment of a tracking processor: {@code position} is null before its first event, or when another node holds
 * it; {@code replaying} true until it has come back to where it was reset.
 *
 * @param owner the node that holds its claim, as the token store names it ({@code pid@host}), or null while no node
 *              does (released, or never claimed)
 * @param here  whether this node holds it: the position, progress and error are known for those only
 */
record SegmentStatus(int segment, Long position, boolean caughtUp, boolean replaying, String error, String owner,
                     boolean here) {
}
