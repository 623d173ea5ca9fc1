package goodwill.query.commitments;

/**
 * How well one person kept their word: the commitments they made, by how they ended.
 *
 * @param keptRate kept / (kept + broken); released and open ones are not counted; null when none was kept or
 *                 broken yet
 */
public record KeptRate(String personId, int kept, int broken, int released, int open, Double keptRate) {
}
