package goodwill.query.introductions;

/**
 * What passed after one of my introductions, as the ledger holds it (retracted favors and meetings left out,
 * amended favors as amended): between the two I introduced, and from either of them to me. Values are weighted
 * as every balance weighs a favor ({@code FavorWeight}).
 *
 * @param favorsBetween    favors either of the two did the other
 * @param meetingsTogether meetings both attended
 * @param favorsToMe       favors either of them did me
 */
public record Afterwards(int favorsBetween,
                         double favorsBetweenValue,
                         int meetingsTogether,
                         int favorsToMe,
                         double favorsToMeValue) {
}
