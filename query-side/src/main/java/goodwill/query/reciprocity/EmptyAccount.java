package goodwill.query.reciprocity;

import java.util.List;

/**
 * A contact me asked for help without having given them anything before.
 *
 * @param asks the asks that drew on the empty account, each with its warning, in the order they were made
 */
public record EmptyAccount(String contactId, String displayName, boolean archived, List<AskView> asks) {

    /** The same, flat, as one CSV row: the asks by id and by day (UTC), joined by {@code ;}. */
    public record Row(String contactId, String displayName, boolean archived, int asks, List<String> askIds,
                      List<String> askedOn) {
    }

    Row row() {
        return new Row(contactId, displayName, archived, asks.size(), asks.stream().map(AskView::askId).toList(),
                       asks.stream().map(ask -> ask.askedAt() == null ? "" : AskView.day(ask.askedAt())).toList());
    }
}
