package goodwill.query.contacts;

import goodwill.events.FavorRecorded;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A favor, meeting, introduction, commitment or ask of a ledger as its corrections left it, kept so that a later
 * retraction or amendment finds the contacts it named and the page that keeps it for each of them. Keyed by
 * {@code <ledgerId>:<kind>:<id>}. Public only because the driver's record codec reads public records alone.
 *
 * @param interaction naming contacts as recorded (not as merged since)
 * @param favor       the favor with its amendments applied, or null for any other kind
 * @param retracted   whether it was retracted: then it counts nowhere and is amended no more
 * @param page        the {@link TouchPage} that keeps it for each contact it names: the page of where it was
 *                    recorded in the event store, which corrections keep
 */
public record StoredInteraction(@BsonId String id, String ledgerId, Interaction interaction, FavorRecorded favor,
                                boolean retracted, long page) {

    static String key(String ledgerId, String interactionKey) {
        return ledgerId + ":" + interactionKey;
    }

    static StoredInteraction recorded(String ledgerId, Interaction interaction, FavorRecorded favor, long page) {
        return new StoredInteraction(key(ledgerId, interaction.key()), ledgerId, interaction, favor, false, page);
    }

    StoredInteraction amended(FavorRecorded amended, Interaction after) {
        return new StoredInteraction(id, ledgerId, after, amended, false, page);
    }

    StoredInteraction asRetracted() {
        return new StoredInteraction(id, ledgerId, interaction, favor, true, page);
    }
}
