package goodwill.query.journal;

import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.LedgerEvent;
import goodwill.query.DocumentStore;
import goodwill.query.Documents;
import goodwill.query.Fold;
import goodwill.query.Named;
import goodwill.query.ReadModelCollections;
import goodwill.query.Recorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one definition of the journal: every ledger event becomes one entry ({@link Journal#entryOf}), keyed by its
 * event id, and is linked: a correction or follow-up points at the entry that recorded what it names
 * ({@code correctsEventId}); a retraction or amendment is listed on that entry ({@code correctedBy}); an amendment
 * says what it changed, the favor as it read before (its recording with the amendments before this one applied)
 * against after. The subjects (what each event brought in, and the entry that recorded it) are what a correction
 * is linked through.
 */
public final class JournalFold implements Fold {

    private static final List<String> FAVOR_FIELDS = List.of("giverId", "receiverId", "kind", "weight", "asked",
                                                             "occurredAt", "towardId", "reciprocatesFavorId", "note");

    private final Documents<JournalEntry> entries;
    private final Documents<JournalSubject> subjects;

    public JournalFold(DocumentStore store) {
        this.entries = store.documentsByRecording(ReadModelCollections.JOURNAL, JournalEntry.class,
                                                  JournalEntry::eventId, recorded -> Stream.of(recorded.eventId()));
        this.subjects = store.documents(ReadModelCollections.JOURNAL_SUBJECTS, JournalSubject.class,
                                        JournalSubject::id, JournalFold::subjectsLookedUp);
    }

    /** Every event is an entry. */
    @Override
    public Set<Class<? extends LedgerEvent>> ignores() {
        return Set.of();
    }

    /** The subjects {@link #apply} looks for: what the event brings in, and what it corrects. */
    private static Stream<String> subjectsLookedUp(LedgerEvent event) {
        return Stream.of(Named.subjectOf(event), Named.correctsOf(event))
                     .filter(Objects::nonNull)
                     .map(subject -> JournalSubject.key(event.ledgerId(), subject));
    }

    /** Seen again, an event leaves every entry and subject as its first handling did. */
    @Override
    public void apply(Recorded recorded) {
        LedgerEvent event = recorded.event();
        JournalEntry entry = Journal.entryOf(event, recorded.positionFor("The journal"), recorded.eventId(),
                                             recorded.recordedAt(), recorded.recordedBy(), recorded.correlationId());
        entry = entry.withCorrectedBy(entries.find(entry.eventId()).map(JournalEntry::correctedBy).orElse(List.of()));
        String subject = Named.subjectOf(event);
        if (subject != null && subjects.find(JournalSubject.key(event.ledgerId(), subject)).isEmpty()) {
            subjects.put(new JournalSubject(JournalSubject.key(event.ledgerId(), subject), event.ledgerId(),
                                         entry.eventId(), event instanceof FavorRecorded favor ? favor : null,
                                         List.of()));
        }
        Optional<JournalSubject> named = entry.corrects() == null ? Optional.empty()
                : subjects.find(JournalSubject.key(event.ledgerId(), entry.corrects()));
        if (named.isPresent()) {
            JournalSubject original = named.get();
            List<JournalEntry.FieldChange> changes = List.of();
            if (event instanceof FavorAmended amendment && original.favor() != null) {
                JournalSubject.Amendment applied = original.amendment(entry.eventId()).orElse(null);
                if (applied == null) {
                    FavorRecorded after = amendment.applyTo(original.favor());
                    applied = new JournalSubject.Amendment(entry.eventId(), changes(original.favor(), after));
                    subjects.put(original.amended(after, applied));
                }
                changes = applied.changes();
            }
            entry = entry.correcting(original.eventId(), changes);
            if (Named.isCorrection(event)) {
                JournalEntry.CorrectionRef correction = new JournalEntry.CorrectionRef(
                        entry.eventId(), entry.type(), entry.occurredAt(), entry.recordedAt());
                entries.find(original.eventId()).ifPresent(corrected -> entries.put(corrected.correctedBy(correction)));
            }
        }
        entries.put(entry);
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
