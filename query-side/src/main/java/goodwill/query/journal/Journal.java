package goodwill.query.journal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;

/**
 * What the journal says about an event: a pure function of the event and the facts of its message, with no
 * I/O, used by the projection and by tests alike.
 */
public final class Journal {

    /** Every event type the journal knows (every one of the contract), by the name it shows them under. */
    public static final List<String> TYPES = LedgerEvent.types().stream().map(Class::getSimpleName).toList();

    private static final ObjectMapper SUMMARY = JsonMapper.builder()
                                                          .addModule(new JavaTimeModule())
                                                          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                                          .build();

    private Journal() {
    }

    /** The journal entry of an event recorded at {@code position}. */
    public static JournalEntry entryOf(LedgerEvent event, long position, String eventId, Instant recordedAt,
                                       String recordedBy, String correlationId) {
        return new JournalEntry(event.ledgerId(), position, eventId, typeOf(event), event.occurredAt(), recordedAt,
                                recordedBy, correlationId, partiesOf(event), correctsOf(event), summaryOf(event));
    }

    public static String typeOf(LedgerEvent event) {
        return event.getClass().getSimpleName();
    }

    /** The contact ids the event itself names; a correction names only those it changes. */
    public static List<String> partiesOf(LedgerEvent event) {
        if (event instanceof LedgerOpened e) {
            return distinct(e.meId());
        } else if (event instanceof ContactAdded e) {
            return distinct(e.contactId());
        } else if (event instanceof ContactDetailsChanged e) {
            return distinct(e.contactId());
        } else if (event instanceof ContactArchived e) {
            return distinct(e.contactId());
        } else if (event instanceof ContactsMerged e) {
            return distinct(e.mergedId(), e.survivorId());
        } else if (event instanceof FavorRecorded e) {
            return distinct(e.giverId(), e.receiverId(), e.towardId());
        } else if (event instanceof FavorAmended e) {
            return distinct(e.giverId(), e.receiverId(), e.towardId());
        } else if (event instanceof MeetingRecorded e) {
            List<String> named = new ArrayList<>(e.attendeeIds() == null ? List.of() : e.attendeeIds());
            named.add(e.initiatorId());
            return distinct(named.toArray(String[]::new));
        } else if (event instanceof IntroductionMade e) {
            return distinct(e.introducerId(), e.personAId(), e.personBId());
        } else if (event instanceof CommitmentMade e) {
            return distinct(e.promiserId(), e.promiseeId());
        } else if (event instanceof AskMade e) {
            return distinct(e.askerId(), e.askedId());
        }
        return List.of();
    }

    /** What a correction or follow-up is about, as {@code <thing>:<id>}; null for an event that stands alone. */
    public static String correctsOf(LedgerEvent event) {
        if (event instanceof ContactDetailsChanged e) {
            return "contact:" + e.contactId();
        } else if (event instanceof ContactArchived e) {
            return "contact:" + e.contactId();
        } else if (event instanceof ContactsMerged e) {
            return "contact:" + e.mergedId();
        } else if (event instanceof FavorAmended e) {
            return "favor:" + e.favorId();
        } else if (event instanceof FavorRetracted e) {
            return "favor:" + e.favorId();
        } else if (event instanceof MeetingRetracted e) {
            return "meeting:" + e.meetingId();
        } else if (event instanceof IntroductionOutcomeRecorded e) {
            return "introduction:" + e.introductionId();
        } else if (event instanceof CommitmentResolution e) {
            return "commitment:" + e.commitmentId();
        } else if (event instanceof AskAnswered e) {
            return "ask:" + e.askId();
        }
        return null;
    }

    /**
     * What an event brings into the ledger, as {@code <thing>:<id>} in the terms of {@link #correctsOf}: what a
     * later correction or follow-up can name; null for an event that brings nothing new.
     */
    public static String subjectOf(LedgerEvent event) {
        if (event instanceof LedgerOpened e) {
            return "contact:" + e.meId();
        } else if (event instanceof ContactAdded e) {
            return "contact:" + e.contactId();
        } else if (event instanceof FavorRecorded e) {
            return "favor:" + e.favorId();
        } else if (event instanceof MeetingRecorded e) {
            return "meeting:" + e.meetingId();
        } else if (event instanceof IntroductionMade e) {
            return "introduction:" + e.introductionId();
        } else if (event instanceof CommitmentMade e) {
            return "commitment:" + e.commitmentId();
        } else if (event instanceof AskMade e) {
            return "ask:" + e.askId();
        }
        return null;
    }

    /** A retraction or an amendment: an event that says an earlier one was wrong, not one that follows it up. */
    public static boolean isCorrection(LedgerEvent event) {
        return event instanceof FavorRetracted || event instanceof FavorAmended || event instanceof MeetingRetracted;
    }

    /** The event's own fields as JSON values, nulls left out. */
    public static Document summaryOf(LedgerEvent event) {
        Map<String, Object> fields = SUMMARY.convertValue(event, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        fields.values().removeIf(Objects::isNull);
        return new Document(fields);
    }

    private static List<String> distinct(String... contactIds) {
        LinkedHashSet<String> named = new LinkedHashSet<>();
        for (String contactId : contactIds) {
            if (contactId != null) {
                named.add(contactId);
            }
        }
        return List.copyOf(named);
    }
}
