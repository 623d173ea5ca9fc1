package goodwill.query.contacts;

import goodwill.events.FavorRecorded;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * A favor, meeting, introduction, commitment or ask of a ledger as its corrections left it, kept so that a later
 * retraction or amendment finds the contacts it named, and so that a contact whose latest interactions were all
 * taken out finds its earlier ones. Keyed by {@code <ledgerId>:<kind>:<id>}. Public only because the driver's
 * record codec reads public records alone.
 *
 * @param interaction naming contacts as recorded (not as merged since)
 * @param favor       the favor with its amendments applied, or null for any other kind
 * @param retracted   whether it was retracted: then it counts nowhere and is amended no more
 */
public record StoredInteraction(@BsonId String id, String ledgerId, Interaction interaction, FavorRecorded favor,
                                boolean retracted) {

    static String key(String ledgerId, String interactionKey) {
        return ledgerId + ":" + interactionKey;
    }

    static StoredInteraction of(String ledgerId, Interaction interaction, FavorRecorded favor, boolean retracted) {
        return new StoredInteraction(key(ledgerId, interaction.key()), ledgerId, interaction, favor, retracted);
    }
}
