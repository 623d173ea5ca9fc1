package goodwill.command.meeting;

import static goodwill.command.Retries.recordedAlready;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import goodwill.command.CommandRefusedException;
import goodwill.command.Ids;
import goodwill.command.Timekeeper;
import goodwill.command.directory.LedgerDirectory;
import goodwill.events.AboutSomeone;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One meeting. An aggregate of its own, not part of any attendee, so that a later retraction is about the
 * meeting alone and a sociable contact does not serialize every meeting they attend.
 */
@Aggregate
class Meeting {

    @AggregateIdentifier
    private String id;
    private MeetingRecorded recorded;
    private MeetingRetracted retraction;

    /** Axon rebuilds a meeting by applying its history to an empty one. */
    Meeting() {
    }

    /**
     * Records the meeting, or, when the same meeting was recorded already, does nothing: a retried request
     * records one meeting. The same id with different details is a conflict.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordMeeting command, LedgerDirectory directory, Timekeeper time) {
        MeetingRecorded meeting = command.toEvent(subjectOf(command.ledgerId(), command.attendeeIds(), directory));
        if (recordedAlready(recorded, meeting,
                            () -> CommandRefusedException.idConflict("meetingId", command.meetingId()))) {
            return;
        }
        directory.requireLedger(meeting.ledgerId());
        List<String> attendees = meeting.attendeeIds();
        if (attendees.size() < RecordMeeting.MIN_ATTENDEES || attendees.size() > RecordMeeting.MAX_ATTENDEES) {
            throw CommandRefusedException.outOfRange("attendeeIds", attendees.size(), RecordMeeting.MIN_ATTENDEES,
                                                     RecordMeeting.MAX_ATTENDEES);
        }
        Integer duration = meeting.durationMinutes();
        if (duration != null
                && (duration < RecordMeeting.MIN_DURATION_MINUTES || duration > RecordMeeting.MAX_DURATION_MINUTES)) {
            throw CommandRefusedException.outOfRange("durationMinutes", duration, RecordMeeting.MIN_DURATION_MINUTES,
                                                     RecordMeeting.MAX_DURATION_MINUTES);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attendees.size(); i++) {
            if (!seen.add(attendees.get(i))) {
                throw CommandRefusedException.notDistinct("attendeeIds[" + i + "]", attendees.get(i));
            }
        }
        if (meeting.initiatorId() != null && !seen.contains(meeting.initiatorId())) {
            throw CommandRefusedException.notAnAttendee("initiatorId", meeting.initiatorId());
        }
        time.recordable("occurredAt", meeting.occurredAt());
        for (int i = 0; i < attendees.size(); i++) {
            directory.requireLiveContact(meeting.ledgerId(), "attendeeIds[" + i + "]", attendees.get(i));
        }
        apply(meeting);
    }

    /**
     * Retracts the meeting, or, when it was retracted already for the same reason, does nothing: a retried
     * request records one retraction.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RetractMeeting command, LedgerDirectory directory, Timekeeper time) {
        directory.requireRecorded(command.ledgerId(), recorded,
                                  () -> CommandRefusedException.unknownMeeting(command.meetingId()));
        String subjectId = subjectOf(recorded.ledgerId(), recorded.attendeeIds(), directory);
        if (recordedAlready(retraction, command.occurredAt(), at -> command.toEvent(at, subjectId),
                            () -> CommandRefusedException.alreadyRetracted("Meeting '" + command.meetingId() + "'"))) {
            return;
        }
        apply(command.toEvent(time.recordableOrNow("occurredAt", command.occurredAt()), subjectId));
    }

    /** Whose key seals what is written about the meeting: its first attendee who is not me. */
    private static String subjectOf(String ledgerId, List<String> attendeeIds, LedgerDirectory directory) {
        return attendeeIds == null ? null
                : AboutSomeone.among(directory.meOf(ledgerId), attendeeIds.toArray(String[]::new));
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        id = Ids.meeting(event.ledgerId(), event.meetingId());
        recorded = event;
    }

    @EventSourcingHandler
    void on(MeetingRetracted event) {
        retraction = event;
    }
}
