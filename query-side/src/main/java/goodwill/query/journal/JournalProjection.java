package goodwill.query.journal;

import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import goodwill.query.BatchedDocuments;
import goodwill.query.ReadModelVersion;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps the journal: every ledger event becomes one entry ({@link Journal#entryOf}), keyed by its event id,
 * linked to what it corrects by {@link JournalFold}, and written at the end of the batch. Replaying it from the
 * start rebuilds the same entries. Version 2 added the links ({@code correctsEventId}, {@code correctedBy},
 * {@code changes}) and {@code journal_subjects}.
 */
@Component
@ReadModelVersion(2)
@ProcessingGroup(JournalProjection.PROCESSING_GROUP)
class JournalProjection {

    static final String PROCESSING_GROUP = "journal";

    private final JournalStore store;
    private final JournalFold.State state;

    JournalProjection(JournalStore store) {
        this.store = store;
        BatchedDocuments<JournalEntry> entries = new BatchedDocuments<>(store.entries, JournalEntry::eventId,
                                                                        message -> Stream.of(message.getIdentifier()));
        BatchedDocuments<JournalSubject> subjects = new BatchedDocuments<>(store.subjects, JournalSubject::id,
                                                                           JournalProjection::subjectsLookedUp);
        this.state = new JournalFold.State() {
            public Optional<JournalEntry> entry(String eventId) {
                return entries.find(eventId);
            }

            public void put(JournalEntry entry) {
                entries.put(entry);
            }

            public Optional<JournalSubject> subject(String id) {
                return subjects.find(id);
            }

            public void put(JournalSubject subject) {
                subjects.put(subject);
            }
        };
    }

    /** A tracking processor always hands a token; its position is the event's place in the event store. */
    @EventHandler
    void on(LedgerEvent event, EventMessage<?> message, @Timestamp Instant recordedAt, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException(
                "The journal needs the event store's position of event " + message.getIdentifier()));
        JournalFold.apply(state, new JournalFold.Recorded(event, position, message.getIdentifier(), recordedAt,
                                                          text(message.getMetaData().get(EventMetaData.RECORDED_BY)),
                                                          text(message.getMetaData().get(EventMetaData.CORRELATION_ID))));
    }

    /** The subjects {@link JournalFold#apply} looks for: what the event brings in, and what it corrects. */
    private static Stream<String> subjectsLookedUp(EventMessage<?> message) {
        if (!(message.getPayload() instanceof LedgerEvent event)) {
            return Stream.empty();
        }
        return Stream.of(Journal.subjectOf(event), Journal.correctsOf(event))
                     .filter(Objects::nonNull)
                     .map(subject -> JournalSubject.key(event.ledgerId(), subject));
    }

    @ResetHandler
    void reset() {
        store.entries.deleteMany(new Document());
        store.subjects.deleteMany(new Document());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
