package goodwill.query;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an event names, as recorded (not as merged since): the people it names, the thing it brings into the ledger
 * and the thing it corrects or follows up, each thing as {@code <thing>:<id>} (such as {@code favor:f1}). The one
 * definition every read model keys by: the journal links corrections through them, the contacts directory its
 * interactions, advocacy its sources, and folds name ahead the people a batch will look for.
 */
public final class Named {

    /** The kinds of thing an event brings into a ledger or corrects. */
    public enum Thing {
        CONTACT, FAVOR, MEETING, INTRODUCTION, COMMITMENT, ASK;

        /** The thing of this kind with this id, as {@code <kind>:<id>}: {@code favor:f1}. */
        public String key(String id) {
            return prefix() + id;
        }

        /** Whether the thing is of this kind. */
        public boolean isKindOf(String thing) {
            return thing.startsWith(prefix());
        }

        private String prefix() {
            return name().toLowerCase(Locale.ROOT) + ":";
        }
    }

    private Named() {
    }

    /**
     * The people the event itself names; a correction names only those it changes, and an outcome, resolution or
     * answer names them only through what it follows up, so nobody here.
     */
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
        } else if (event instanceof ContactForgotten forgetting) {
            named.add(forgetting.contactId());
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

    /**
     * What an event brings into the ledger, in the terms of {@link #correctsOf}: what a later correction or follow-up
     * can name; null for an event that brings nothing new.
     */
    public static String subjectOf(LedgerEvent event) {
        if (event instanceof LedgerOpened e) {
            return Thing.CONTACT.key(e.meId());
        } else if (event instanceof ContactAdded e) {
            return Thing.CONTACT.key(e.contactId());
        } else if (event instanceof FavorRecorded e) {
            return Thing.FAVOR.key(e.favorId());
        } else if (event instanceof MeetingRecorded e) {
            return Thing.MEETING.key(e.meetingId());
        } else if (event instanceof IntroductionMade e) {
            return Thing.INTRODUCTION.key(e.introductionId());
        } else if (event instanceof CommitmentMade e) {
            return Thing.COMMITMENT.key(e.commitmentId());
        } else if (event instanceof AskMade e) {
            return Thing.ASK.key(e.askId());
        }
        return null;
    }

    /** What a correction or follow-up is about; null for an event that stands alone. */
    public static String correctsOf(LedgerEvent event) {
        if (event instanceof ContactDetailsChanged e) {
            return Thing.CONTACT.key(e.contactId());
        } else if (event instanceof ContactArchived e) {
            return Thing.CONTACT.key(e.contactId());
        } else if (event instanceof ContactForgotten e) {
            return Thing.CONTACT.key(e.contactId());
        } else if (event instanceof ContactsMerged e) {
            return Thing.CONTACT.key(e.mergedId());
        } else if (event instanceof FavorAmended e) {
            return Thing.FAVOR.key(e.favorId());
        } else if (event instanceof FavorRetracted e) {
            return Thing.FAVOR.key(e.favorId());
        } else if (event instanceof MeetingRetracted e) {
            return Thing.MEETING.key(e.meetingId());
        } else if (event instanceof IntroductionOutcomeRecorded e) {
            return Thing.INTRODUCTION.key(e.introductionId());
        } else if (event instanceof CommitmentResolution e) {
            return Thing.COMMITMENT.key(e.commitmentId());
        } else if (event instanceof AskAnswered e) {
            return Thing.ASK.key(e.askId());
        }
        return null;
    }

    /** A retraction or an amendment: an event that says an earlier one was wrong, not one that follows it up. */
    public static boolean isCorrection(LedgerEvent event) {
        return event instanceof FavorRetracted || event instanceof FavorAmended || event instanceof MeetingRetracted;
    }

    /** The thing the event is about: the one it brings in, or else the one it corrects or follows up; or null. */
    public static String thingOf(LedgerEvent event) {
        String subject = subjectOf(event);
        return subject != null ? subject : correctsOf(event);
    }
}
