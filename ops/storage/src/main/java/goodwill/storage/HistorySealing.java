package goodwill.storage;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import goodwill.events.AboutSomeone;
import goodwill.events.AskMade;
import goodwill.events.CommitmentMade;
import goodwill.events.FavorAmended;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.storage.MongoEventStorageEngine.Field;
import goodwill.storage.crypto.SealingSerializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The one-time sealing of history stored before events named their subject, when every personal detail was kept in
 * clear ({@link SubjectNamedUpcaster}): each such event is stored again, in its place and with its id, as revision
 * {@value SubjectNamedUpcaster#REVISION} with its subject named and its details sealed, so that a person whose events
 * predate sealing is forgotten as anyone else. Nothing it says changes: read back, it is the event recorded. The
 * subject is named by the rule the command side follows ({@link AboutSomeone#among}), from what the ledger's events
 * before it say (who is me, who a favor, meeting or introduction involves). The whole store is sealed once, when
 * Goodwill starts on it; a restored ledger, whose export may be older, right after its restore.
 */
public final class HistorySealing {

    /** The document of the sequences collection that says the whole store was sealed. */
    private static final String SEALED_ALL = "history-sealed";
    private static final Map<String, Class<? extends LedgerEvent>> TYPES = LedgerEvent.types().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getName, Function.identity()));

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> sequences;
    private final ObjectMapper json;
    private final SealingSerializer sealing;

    public HistorySealing(MongoDatabase database, ObjectMapper json, SealingSerializer sealing) {
        this.events = database.getCollection(StorageCollections.EVENTS);
        this.sequences = database.getCollection(StorageCollections.SEQUENCES);
        this.json = json;
        this.sealing = sealing;
    }

    /** Seals the whole store's history stored in clear, unless that was done already; answers how many events. */
    public long sealOnce() {
        if (sequences.find(eq(Field.ID, SEALED_ALL)).first() != null) {
            return 0;
        }
        long sealed = seal(new Document());
        sequences.updateOne(eq(Field.ID, SEALED_ALL), Updates.set(Field.VALUE, sealed),
                            new UpdateOptions().upsert(true));
        return sealed;
    }

    /** Seals the ledger's history stored in clear; answers how many events. */
    public long seal(String ledgerId) {
        return seal(eq(Field.LEDGER_ID, ledgerId));
    }

    private long seal(Bson commits) {
        People people = new People();
        long sealed = 0;
        try (MongoCursor<Document> cursor = events.find(commits).sort(ascending(Field.ID)).iterator()) {
            while (cursor.hasNext()) {
                Document commit = cursor.next();
                List<Document> entries = new ArrayList<>(commit.getList(Field.EVENTS, Document.class));
                boolean changed = false;
                for (int i = 0; i < entries.size(); i++) {
                    Document entry = entries.get(i);
                    Class<? extends LedgerEvent> type = TYPES.get(entry.getString(Field.PAYLOAD_TYPE));
                    if (type == null) {
                        continue;
                    }
                    ObjectNode stored = json.convertValue(entry.get(Field.PAYLOAD, Document.class), ObjectNode.class);
                    LedgerEvent event = read(stored, type);
                    String subjectId = people.subjectOf(event);
                    if (event instanceof AboutSomeone && entry.get(Field.PAYLOAD_REVISION) == null
                            && !stored.has(SealingSerializer.SEALED) && subjectId != null) {
                        JsonNode payload = sealing.serialize(named(stored, type, subjectId), JsonNode.class).getData();
                        entries.set(i, new Document(entry)
                                .append(Field.PAYLOAD_REVISION, SubjectNamedUpcaster.REVISION)
                                .append(Field.PAYLOAD, json.convertValue(payload, Document.class)));
                        changed = true;
                        sealed++;
                    }
                }
                if (changed) {
                    events.replaceOne(eq(Field.ID, commit.get(Field.ID)), commit.append(Field.EVENTS, entries));
                }
            }
        }
        return sealed;
    }

    private LedgerEvent read(ObjectNode stored, Class<? extends LedgerEvent> type) {
        try {
            return json.treeToValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " does not read as one", e);
        }
    }

    /** The event with its subject named, where its record names one. */
    private LedgerEvent named(ObjectNode stored, Class<? extends LedgerEvent> type, String subjectId) {
        boolean names = Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals("subjectId"));
        return read(names ? stored.deepCopy().put("subjectId", subjectId) : stored, type);
    }

    /** Who each thing of the ledgers read so far involves, in the order the command side names its subject by. */
    private static final class People {

        private final Map<String, String> me = new HashMap<>();
        private final Map<String, List<String>> involved = new HashMap<>();

        String subjectOf(LedgerEvent event) {
            String ledgerId = event.ledgerId();
            if (event instanceof LedgerOpened opened) {
                me.put(ledgerId, opened.meId());
            }
            List<String> people = null;
            if (event instanceof FavorRecorded favor) {
                people = remember(ledgerId, "favor", favor.favorId(), List.of(favor.giverId(), favor.receiverId()));
            } else if (event instanceof FavorAmended amendment) {
                people = amended(ledgerId, amendment);
            } else if (event instanceof FavorRetracted retraction) {
                people = involved.get(key(ledgerId, "favor", retraction.favorId()));
            } else if (event instanceof MeetingRecorded meeting) {
                people = remember(ledgerId, "meeting", meeting.meetingId(), meeting.attendeeIds());
            } else if (event instanceof MeetingRetracted retraction) {
                people = involved.get(key(ledgerId, "meeting", retraction.meetingId()));
            } else if (event instanceof IntroductionMade introduction) {
                people = remember(ledgerId, "introduction", introduction.introductionId(),
                                  List.of(introduction.personAId(), introduction.personBId(),
                                          introduction.introducerId()));
            } else if (event instanceof IntroductionOutcomeRecorded outcome) {
                people = involved.get(key(ledgerId, "introduction", outcome.introductionId()));
            } else if (event instanceof CommitmentMade commitment) {
                people = List.of(commitment.promiserId(), commitment.promiseeId());
            } else if (event instanceof AskMade ask) {
                people = List.of(ask.askerId(), ask.askedId());
            }
            if (people != null) {
                return AboutSomeone.among(person -> person.equals(me.get(ledgerId)), people.toArray(String[]::new));
            }
            return event instanceof AboutSomeone about ? about.subjectId() : null;
        }

        private List<String> amended(String ledgerId, FavorAmended amendment) {
            List<String> favor = involved.get(key(ledgerId, "favor", amendment.favorId()));
            if (favor == null) {
                return null;
            }
            return remember(ledgerId, "favor", amendment.favorId(),
                            List.of(Objects.requireNonNullElse(amendment.giverId(), favor.get(0)),
                                    Objects.requireNonNullElse(amendment.receiverId(), favor.get(1))));
        }

        private List<String> remember(String ledgerId, String kind, String id, List<String> people) {
            involved.put(key(ledgerId, kind, id), people);
            return people;
        }

        private static String key(String ledgerId, String kind, String id) {
            return ledgerId + "/" + kind + "/" + id;
        }
    }
}
