package goodwill.query.reciprocity;

import java.time.Instant;
import java.util.List;

/**
 * A contact me helped who then left repeated asks without help: a suggestion to pause, never a verdict.
 *
 * @param favorsGiven how many favors me did them
 * @param lastGivenAt the last of them
 * @param asksSince   me's asks of them since, that were declined or left without response
 * @param reasons     why they are listed, in plain words with dates and counts
 */
public record DontInvest(String contactId, String displayName, boolean archived, int favorsGiven,
                         Instant lastGivenAt, List<AskView> asksSince, List<String> reasons) {

    /** The same, flat, as one CSV row: the reasons as one text. */
    public record Row(String contactId, String displayName, boolean archived, int favorsGiven, Instant lastGivenAt,
                      int asksSince, List<String> askIds, String reasons) {
    }

    Row row() {
        return new Row(contactId, displayName, archived, favorsGiven, lastGivenAt, asksSince.size(),
                       asksSince.stream().map(AskView::askId).toList(), String.join(" ", reasons));
    }
}
