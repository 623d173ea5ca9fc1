package goodwill.query.journal;

import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one definition of how journal entries are linked, as pure functions over a {@link State}: a correction or
 * follow-up points at the entry that recorded what it names ({@code correctsEventId}); a retraction or amendment
 * is listed on that entry ({@code correctedBy}); an amendment says what it changed, the favor as it read before
 * (its recording with the amendments before this one applied) against after. The projection's state is its
 * documents, a test's or a report's a map in memory ({@link #fold}).
 */
public final class JournalFold {

    /** What the fold reads and changes: entries by event id, subjects by {@link JournalSubject#key}. */
    public interface State {
        Optional<JournalEntry> entry(String eventId);

        void put(JournalEntry entry);

        Optional<JournalSubject> subject(String id);

        void put(JournalSubject subject);
    }

    /** An event with the facts of its message: where it stands in the event store, when and by whom recorded. */
    public record Recorded(LedgerEvent event, long position, String eventId, Instant recordedAt, String recordedBy,
                           String correlationId) {
    }

    private static final List<String> FAVOR_FIELDS = List.of("giverId", "receiverId", "kind", "weight", "asked",
                                                             "occurredAt", "towardId", "reciprocatesFavorId", "note");

    private JournalFold() {
    }

    /** The entries a history makes, by event id, in the order given (the event store's). */
    public static Map<String, JournalEntry> fold(List<Recorded> history) {
        Map<String, JournalEntry> entries = new HashMap<>();
        Map<String, JournalSubject> subjects = new HashMap<>();
        State state = new State() {
            public Optional<JournalEntry> entry(String eventId) {
                return Optional.ofNullable(entries.get(eventId));
            }

            public void put(JournalEntry entry) {
                entries.put(entry.eventId(), entry);
            }

            public Optional<JournalSubject> subject(String id) {
                return Optional.ofNullable(subjects.get(id));
            }

            public void put(JournalSubject subject) {
                subjects.put(subject.id(), subject);
            }
        };
        history.forEach(recorded -> apply(state, recorded));
        return entries;
    }

    /** Seen again, an event leaves every entry and subject as its first handling did. */
    public static void apply(State state, Recorded recorded) {
        LedgerEvent event = recorded.event();
        JournalEntry entry = Journal.entryOf(event, recorded.position(), recorded.eventId(), recorded.recordedAt(),
                                             recorded.recordedBy(), recorded.correlationId());
        entry = entry.withCorrectedBy(state.entry(entry.eventId()).map(JournalEntry::correctedBy).orElse(List.of()));
        String subject = Journal.subjectOf(event);
        if (subject != null && state.subject(JournalSubject.key(event.ledgerId(), subject)).isEmpty()) {
            state.put(new JournalSubject(JournalSubject.key(event.ledgerId(), subject), event.ledgerId(),
                                         entry.eventId(), event instanceof FavorRecorded favor ? favor : null,
                                         List.of()));
        }
        Optional<JournalSubject> named = entry.corrects() == null ? Optional.empty()
                : state.subject(JournalSubject.key(event.ledgerId(), entry.corrects()));
        if (named.isPresent()) {
            JournalSubject original = named.get();
            List<JournalEntry.FieldChange> changes = List.of();
            if (event instanceof FavorAmended amendment && original.favor() != null) {
                JournalSubject.Amendment applied = original.amendment(entry.eventId()).orElse(null);
                if (applied == null) {
                    FavorRecorded after = amendment.applyTo(original.favor());
                    applied = new JournalSubject.Amendment(entry.eventId(), changes(original.favor(), after));
                    state.put(original.amended(after, applied));
                }
                changes = applied.changes();
            }
            entry = entry.correcting(original.eventId(), changes);
            if (Journal.isCorrection(event)) {
                JournalEntry.CorrectionRef correction = new JournalEntry.CorrectionRef(
                        entry.eventId(), entry.type(), entry.occurredAt(), entry.recordedAt());
                state.entry(original.eventId()).ifPresent(corrected -> state.put(corrected.correctedBy(correction)));
            }
        }
        state.put(entry);
    }

    /** The fields that differ between two versions of a favor, in the favor's order. */
    static List<JournalEntry.FieldChange> changes(FavorRecorded before, FavorRecorded after) {
        List<JournalEntry.FieldChange> changes = new ArrayList<>();
        for (String field : FAVOR_FIELDS) {
            String was = text(valueOf(before, field));
            String is = text(valueOf(after, field));
            if (!Objects.equals(was, is)) {
                changes.add(new JournalEntry.FieldChange(field, was, is));
            }
        }
        return changes;
    }

    private static Object valueOf(FavorRecorded favor, String field) {
        return switch (field) {
            case "giverId" -> favor.giverId();
            case "receiverId" -> favor.receiverId();
            case "kind" -> favor.kind();
            case "weight" -> favor.weight();
            case "asked" -> favor.asked();
            case "occurredAt" -> favor.occurredAt();
            case "towardId" -> favor.towardId();
            case "reciprocatesFavorId" -> favor.reciprocatesFavorId();
            case "note" -> favor.note();
            default -> throw new IllegalArgumentException("A favor has no field " + field);
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
