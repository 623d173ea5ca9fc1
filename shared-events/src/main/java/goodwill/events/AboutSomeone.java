package goodwill.events;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An event that holds personal data ({@link PersonalDetail}): what it says of a person, or free text about the people
 * it involves. All of it is sealed with one person's data key, the event's subject's, so that forgetting that person
 * makes it unreadable for good while every id, kind, weight and date of the event stays:
 * <ul>
 *   <li>a contact's details and the reason for archiving them: the contact's key;</li>
 *   <li>the owner's name at the ledger's opening: me's key (me is never forgotten);</li>
 *   <li>the note, place, purpose or "what" of a favor, meeting, introduction, commitment or ask, and the note or
 *       reason of what follows it (an amendment, a retraction, an outcome): the key of its subject, the first
 *       person it involves who is not me ({@link #among}), named on every event of it.</li>
 * </ul>
 * So a note about two contacts other than me is sealed with the first's key: forgetting the second leaves it.
 */
public interface AboutSomeone {

    /** What a forgotten person's name reads as, everywhere. */
    String FORGOTTEN_NAME = "Forgotten person";

    /**
     * The person whose key seals this event's personal details; null on an event recorded before events named one,
     * whose details were stored in clear.
     */
    String subjectId();

    /**
     * The subject of an event that involves these people, in the order its record names them: the first who is not
     * me, or me when it involves nobody else. The one rule, for the command side that names it and for sealing
     * history recorded before.
     */
    static String among(Predicate<String> isMe, String... people) {
        return Stream.of(people).filter(Objects::nonNull).filter(isMe.negate()).findFirst()
                     .orElseGet(() -> Stream.of(people).filter(Objects::nonNull).findFirst().orElse(null));
    }
}
