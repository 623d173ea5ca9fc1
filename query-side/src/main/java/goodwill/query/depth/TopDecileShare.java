package goodwill.query.depth;

/**
 * How concentrated what the network returns is: the share of what I received (weighted) that came from the top
 * tenth of my contacts by what they gave.
 *
 * @param contacts        how many contacts make the top tenth (rounded up; at least one when there are any)
 * @param receivedFromTop what they gave me, weighted
 * @param receivedTotal   what every contact gave me, weighted
 * @param share           receivedFromTop / receivedTotal, or null when nothing was received
 */
public record TopDecileShare(int contacts, double receivedFromTop, double receivedTotal, Double share) {
}
