package goodwill.query;

import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.IntroductionMade;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The people an event names as recorded (not as merged since): what a fold's hint names so that a batch loads the
 * documents of those people at once. A correction, outcome, resolution or answer names them only through what it
 * corrects, so it names nobody here.
 */
public final class Named {

    private Named() {
    }

    public static List<String> contactsOf(LedgerEvent event) {
        List<String> named = new ArrayList<>();
        if (event instanceof LedgerOpened opened) {
            named.add(opened.meId());
        } else if (event instanceof ContactAdded added) {
            named.add(added.contactId());
        } else if (event instanceof ContactDetailsChanged change) {
            named.add(change.contactId());
        } else if (event instanceof ContactArchived archival) {
            named.add(archival.contactId());
        } else if (event instanceof ContactsMerged merge) {
            named.addAll(List.of(merge.mergedId(), merge.survivorId()));
        } else if (event instanceof FavorRecorded favor) {
            named.addAll(Arrays.asList(favor.giverId(), favor.receiverId(), favor.towardId()));
        } else if (event instanceof FavorAmended amendment) {
            named.addAll(Arrays.asList(amendment.giverId(), amendment.receiverId(), amendment.towardId()));
        } else if (event instanceof MeetingRecorded meeting) {
            named.addAll(meeting.attendeeIds());
            named.add(meeting.initiatorId());
        } else if (event instanceof IntroductionMade introduction) {
            named.addAll(List.of(introduction.introducerId(), introduction.personAId(), introduction.personBId()));
        } else if (event instanceof CommitmentMade commitment) {
            named.addAll(List.of(commitment.promiserId(), commitment.promiseeId()));
        } else if (event instanceof AskMade ask) {
            named.addAll(List.of(ask.askerId(), ask.askedId()));
        }
        return List.copyOf(new LinkedHashSet<>(named.stream().filter(Objects::nonNull).toList()));
    }
}
