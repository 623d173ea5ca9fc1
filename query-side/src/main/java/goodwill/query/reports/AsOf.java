package goodwill.query.reports;

import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.ContactAdded;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.query.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a ledger's events a report on a date folds, on either {@link Basis}: pure, so that a report is the
 * folds of the live read models applied to a part of the history, never an approximation of it.
 * <ul>
 *   <li>{@link Basis#RECORDED}: every event recorded at or before the moment, nothing else. Corrections recorded
 *       later do not count yet; that is what the ledger said then.</li>
 *   <li>{@link Basis#OCCURRED}: what had happened by the moment, as the ledger knows it now. A favor counts when
 *       its time, as last amended, is at or before the moment, however late it was recorded; its amendments and
 *       its retraction always apply, since they correct what happened rather than happen themselves; so does a
 *       meeting's retraction, and a merge (two contacts that were one person all along). Every other event counts
 *       when its own {@code occurredAt} is at or before the moment. A contact counts when added by then, or when
 *       something that counts names them (a contact entered late with an old history), or when a contact that
 *       counts was merged into them.</li>
 * </ul>
 * Events keep the order they were recorded in, as the live folds saw them.
 */
public final class AsOf {

    private AsOf() {
    }

    public static List<RecordedEvent> slice(List<RecordedEvent> history, Instant moment, Basis basis) {
        return basis == Basis.RECORDED ? recorded(history, moment) : occurred(history, moment);
    }

    private static List<RecordedEvent> recorded(List<RecordedEvent> history, Instant moment) {
        return history.stream().filter(recorded -> !recorded.recordedAt().isAfter(moment)).toList();
    }

    private static List<RecordedEvent> occurred(List<RecordedEvent> history, Instant moment) {
        Map<String, FavorRecorded> favors = new HashMap<>();
        for (RecordedEvent recorded : history) {
            if (recorded.event() instanceof FavorRecorded favor) {
                favors.putIfAbsent(favor.favorId(), favor);
            } else if (recorded.event() instanceof FavorAmended amendment && favors.containsKey(amendment.favorId())) {
                favors.put(amendment.favorId(), amendment.applyTo(favors.get(amendment.favorId())));
            }
        }
        Set<String> meetings = new HashSet<>();
        List<RecordedEvent> counted = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (RecordedEvent recorded : history) {
            LedgerEvent event = recorded.event();
            boolean counts;
            if (event instanceof LedgerOpened || event instanceof ContactsMerged) {
                counts = true;
            } else if (event instanceof ContactAdded added) {
                if (!added.occurredAt().isAfter(moment)) {
                    present.add(added.contactId());
                }
                counts = true; // decided below, once every fact naming the contact is known
            } else if (event instanceof FavorRecorded favor) {
                counts = happened(favors.get(favor.favorId()), moment);
            } else if (event instanceof FavorAmended amendment) {
                counts = happened(favors.get(amendment.favorId()), moment);
            } else if (event instanceof FavorRetracted retraction) {
                counts = happened(favors.get(retraction.favorId()), moment);
            } else if (event instanceof MeetingRetracted retraction) {
                counts = meetings.contains(retraction.meetingId());
            } else {
                counts = !event.occurredAt().isAfter(moment);
                if (counts && event instanceof MeetingRecorded meeting) {
                    meetings.add(meeting.meetingId());
                }
            }
            if (counts) {
                counted.add(recorded);
                if (event instanceof FavorRecorded favor) {
                    present.addAll(Named.contactsOf(favors.get(favor.favorId())));
                } else if (names(event)) {
                    present.addAll(Named.contactsOf(event));
                }
            }
        }
        for (RecordedEvent recorded : counted) {
            if (recorded.event() instanceof ContactsMerged merge && present.contains(merge.mergedId())) {
                present.add(merge.survivorId());
            }
        }
        return counted.stream()
                      .filter(recorded -> !(recorded.event() instanceof ContactAdded added)
                              || present.contains(added.contactId()))
                      .toList();
    }

    private static boolean happened(FavorRecorded favor, Instant moment) {
        return favor != null && !favor.occurredAt().isAfter(moment);
    }

    /** A fact that makes the contacts it names count: they took part in it. */
    private static boolean names(LedgerEvent event) {
        return event instanceof MeetingRecorded || event instanceof IntroductionMade || event instanceof CommitmentMade
                || event instanceof AskMade;
    }
}
