package goodwill.query.journal;

import goodwill.events.FavorRecorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Something an event brought into a ledger (a favor, a meeting, a contact…), kept so that a later correction or
 * follow-up can point at the entry that recorded it. Keyed {@code <ledgerId>:<thing>:<id>}; public only because
 * the driver's record codec reads public records alone.
 *
 * @param eventId    the event that recorded it
 * @param favor      of a favor: as its amendments so far left it, what the next amendment is compared with
 * @param amendments of a favor: every amendment applied, with what it changed, so one seen again says the same
 */
public record JournalSubject(@BsonId String id,
                             String ledgerId,
                             String eventId,
                             FavorRecorded favor,
                             List<Amendment> amendments) {

    public JournalSubject {
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /** An amendment applied to the favor and the fields it changed then. */
    public record Amendment(String eventId, List<JournalEntry.FieldChange> changes) {
    }

    static String key(String ledgerId, String subject) {
        return ledgerId + ":" + subject;
    }

    Optional<Amendment> amendment(String eventId) {
        return amendments.stream().filter(amendment -> amendment.eventId().equals(eventId)).findFirst();
    }

    JournalSubject amended(FavorRecorded now, Amendment amendment) {
        List<Amendment> all = new ArrayList<>(amendments);
        all.add(amendment);
        return new JournalSubject(id, ledgerId, eventId, now, all);
    }
}
