package goodwill.ops.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goodwill.command.contact.ForgetContact;
import goodwill.command.ledger.AddMember;
import goodwill.events.ContactAdded;
import goodwill.events.ContactForgotten;
import goodwill.events.EventMetaData;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRole;
import goodwill.events.MemberRoleChanged;
import goodwill.storage.HistorySealing;
import goodwill.storage.MongoEventStorageEngine;
import goodwill.storage.crypto.DataKeys;
import goodwill.storage.crypto.SealingSerializer;
import goodwill.web.Refusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.SecretKey;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A ledger restored from its export: every event appended again with its original time of recording, its recorder
 * and its correlation id, so that both time axes are as they were, and every view rebuilt from them answers as the
 * original's did. A restore is not a re-recording: no command runs, no rule is asked again (the events passed them
 * once); the whole file is read and checked before anything is appended, and a file that is cut short or edited (a
 * line that is no event, a gap in an aggregate's sequence, an unknown type) restores nothing.
 * <p>
 * Restored under another ledger id, each aggregate's id and each event's id are rewritten for the new ledger (the
 * event's id made from the new ledger and the original one, which its metadata keeps as {@value #ORIGINAL_EVENT_ID});
 * under the original id, into a store that does not have it, every id is kept. Who had access to the original is
 * not restored: accounts are the server's, and the same username elsewhere may be someone else. The restoring user
 * becomes the new ledger's OWNER, recorded now as any member's addition is.
 */
@Component
public class LedgerRestore {

    /** The metadata of a restored event that names the event it restores. */
    public static final String ORIGINAL_EVENT_ID = "originalEventId";
    /** Commits appended in one write. */
    private static final int BATCH = 1_000;
    private static final Set<Class<?>> ACCESS = Set.of(MemberAdded.class, MemberRoleChanged.class,
                                                       MemberRemoved.class);

    /** A file that is no whole, unedited export: nothing of it is restored (400 {@code invalid-export}, its line). */
    public static final class BadExport extends Refusal {
        BadExport(long line, String message) {
            super(HttpStatus.BAD_REQUEST, "invalid-export", "Line " + line + ": " + message + " Nothing was restored.");
            say("line", line);
        }
    }

    /** A ledger id taken already: a restore never adds to a ledger's history (409 {@code ledger-exists}). */
    public static final class LedgerExists extends Refusal {
        LedgerExists(String ledgerId) {
            super(HttpStatus.CONFLICT, "ledger-exists", "The ledger " + ledgerId + " exists already: a restore makes "
                  + "a new ledger, and adds nothing to one that has a history. Restore under a new ledger id.");
        }
    }

    /**
     * What a restore did.
     *
     * @param fromLedgerId the ledger the export was made of
     * @param events       the events restored
     * @param accessLeftOut the export's events about who had access, not restored
     */
    public record Restored(String ledgerId, String fromLedgerId, long events, long accessLeftOut) {
    }

    private final MongoEventStorageEngine store;
    private final EventProcessingConfiguration processing;
    private final CommandGateway commands;
    private final ObjectMapper json;
    private final SealingSerializer events;
    private final DataKeys keys;
    private final HistorySealing history;
    private final Map<String, Class<? extends LedgerEvent>> types = LedgerEvent.types().stream()
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));
    /** The reason recorded for a person restored forgotten. */
    static final String FORGOTTEN_BEFORE = "at their request, before this ledger was restored";
    /** Ledger ids being restored on this node: a double submit restores once. */
    private final Set<String> restoring = ConcurrentHashMap.newKeySet();

    LedgerRestore(MongoEventStorageEngine store, EventProcessingConfiguration processing, CommandGateway commands,
                  JacksonSerializer serializer, SealingSerializer events, DataKeys keys, HistorySealing history) {
        this.store = store;
        this.history = history;
        this.events = events;
        this.keys = keys;
        this.processing = processing;
        this.commands = commands;
        this.json = serializer.getObjectMapper();
    }

    /**
     * Restores the export into the ledger, which must not exist; the user becomes its OWNER.
     *
     * @param metadata who restores, and the request's correlation id, for the member's addition
     */
    public Restored restore(String ledgerId, Reader export, String username, Map<String, String> metadata)
            throws IOException {
        if (!restoring.add(ledgerId)) {
            throw new LedgerExists(ledgerId);
        }
        try {
            if (store.readEvents(ledgerId).hasNext()) {
                throw new LedgerExists(ledgerId);
            }
            Read read = read(export, ledgerId);
            append(read.events());
            // An export of before sealing holds details in clear: sealed now, as the store's own history was.
            history.seal(ledgerId);
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                    new AddMember(ledgerId, username, MemberRole.OWNER)).andMetaData(metadata));
            // Forgotten here after the export was made: restored, they stay forgotten.
            for (String contactId : read.forgottenSince()) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new ForgetContact(ledgerId, contactId, FORGOTTEN_BEFORE)).andMetaData(metadata));
            }
            return new Restored(ledgerId, read.fromLedgerId(), read.events().size(), read.accessLeftOut());
        } finally {
            restoring.remove(ledgerId);
        }
    }

    /** @param forgottenSince contacts of the export forgotten here since it was made, who are to stay forgotten */
    private record Read(String fromLedgerId, List<DomainEventMessage<?>> events, long accessLeftOut,
                        Set<String> forgottenSince) {
    }

    /**
     * The keys the export's sealed details open with: those it carries, opened with this master key, except those of
     * the people it says were forgotten and of those this database knows were forgotten since; for an export of
     * before it carried keys, this database's keys of the exported ledger.
     */
    private Sealed sealedWith(JsonNode header, String from) {
        Set<String> forgotten = new HashSet<>();
        header.path("forgotten").forEach(person -> forgotten.add(person.asText()));
        Map<String, SecretKey> carried = new HashMap<>();
        Set<String> forgottenSince = new HashSet<>();
        for (Map.Entry<String, JsonNode> key : header.path("dataKeys").properties()) {
            if (keys.isForgotten(from, key.getKey())) {
                forgottenSince.add(key.getKey());
                continue;
            }
            try {
                carried.put(key.getKey(), keys.exportedKey(from, key.getKey(), key.getValue().asText()));
            } catch (IllegalStateException e) {
                throw new BadExport(1, e.getMessage() + " Restore it where it was made, or start with the master "
                                       + "key kept with its data.");
            }
        }
        forgotten.addAll(forgottenSince);
        return new Sealed((ledger, person) -> forgotten.contains(person) ? Optional.empty()
                : carried.containsKey(person) ? Optional.of(carried.get(person)) : keys.existingKeyOf(ledger, person),
                          forgottenSince);
    }

    private record Sealed(BiFunction<String, String, Optional<SecretKey>> keyOf, Set<String> forgottenSince) {
    }

    /** Reads and checks the whole export, each event rewritten for the ledger it is restored into. */
    private Read read(Reader export, String ledgerId) throws IOException {
        BufferedReader lines = new BufferedReader(export);
        String first = lines.readLine();
        if (first == null) {
            throw new BadExport(1, "the file is empty: a Goodwill export begins with a line naming its format.");
        }
        JsonNode header = parse(first, 1);
        if (!ExportController.FORMAT.equals(header.path("format").asText())
                || header.path("version").asInt() != ExportController.VERSION) {
            throw new BadExport(1, "this is not a Goodwill export of version " + ExportController.VERSION
                                   + ": its first line names no format \"" + ExportController.FORMAT + "\".");
        }
        String from = header.path("ledgerId").asText(null);
        if (from == null || from.isBlank()) {
            throw new BadExport(1, "the first line names no ledgerId.");
        }
        Sealed sealed = sealedWith(header, from);
        Map<String, Long> next = new HashMap<>();
        Map<String, Long> nextRestored = new HashMap<>();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        long accessLeftOut = 0;
        Set<String> added = new HashSet<>();
        Set<String> forgottenInExport = new HashSet<>();
        long line = 1;
        long position = Long.MIN_VALUE;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode event = parse(text, line);
            if (!event.path("position").isIntegralNumber()) {
                throw new BadExport(line, "the event has no position.");
            }
            long at = event.path("position").asLong();
            if (at <= position) {
                throw new BadExport(line, "the events are out of their recorded order (position " + at + " after "
                                          + position + ").");
            }
            position = at;
            DomainEventMessage<?> restored = event(event, line, from, ledgerId, next, sealed);
            if (events.isEmpty() && !(restored.getPayload() instanceof LedgerOpened)) {
                throw new BadExport(line, "the first event is not the ledger's opening: the export is not whole.");
            }
            if (restored.getPayload() instanceof ContactAdded contact) {
                added.add(contact.contactId());
            } else if (restored.getPayload() instanceof ContactForgotten forgetting) {
                forgottenInExport.add(forgetting.contactId());
            }
            if (ACCESS.contains(restored.getPayloadType())) {
                accessLeftOut++;
            } else {
                // Numbered again within its aggregate: the access events left out leave no gap behind them.
                long sequence = nextRestored.merge(restored.getAggregateIdentifier(), 1L, Long::sum) - 1;
                events.add(new GenericDomainEventMessage<>(restored.getType(), restored.getAggregateIdentifier(),
                                                           sequence, restored.getPayload(), restored.getMetaData(),
                                                           restored.getIdentifier(), restored.getTimestamp()));
            }
        }
        if (events.isEmpty()) {
            throw new BadExport(line, "the export holds no event.");
        }
        Set<String> forgottenSince = new HashSet<>(sealed.forgottenSince());
        forgottenSince.retainAll(added);
        forgottenSince.removeAll(forgottenInExport);
        return new Read(from, events, accessLeftOut, forgottenSince);
    }

    private JsonNode parse(String text, long line) {
        try {
            JsonNode node = json.readTree(text);
            if (!node.isObject()) {
                throw new BadExport(line, "this line is not a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadExport(line, "this line is not JSON: the file is cut short or was edited.");
        }
    }

    private DomainEventMessage<?> event(JsonNode event, long line, String from, String ledgerId,
                                        Map<String, Long> next, Sealed sealed) {
        String typeName = event.path("type").asText();
        Class<? extends LedgerEvent> type = types.get(typeName);
        if (type == null) {
            throw new BadExport(line, "'" + typeName + "' is no event type of Goodwill.");
        }
        String revision = event.path("revision").isTextual() ? event.path("revision").asText() : null;
        Revision current = type.getAnnotation(Revision.class);
        if (revision != null && (current == null || !current.value().equals(revision))) {
            throw new BadExport(line, "revision " + revision + " of " + typeName
                                      + " is not known here: restore it into the version of Goodwill that exported it.");
        }
        String aggregateId = text(event, "aggregateId", line);
        if (!aggregateId.equals(from) && !aggregateId.startsWith(from + ":")) {
            throw new BadExport(line, "the event's aggregate " + aggregateId + " is not of the ledger " + from + ".");
        }
        long sequence = event.path("sequence").asLong(-1);
        long expected = next.getOrDefault(aggregateId, 0L);
        if (sequence != expected) {
            throw new BadExport(line, "a gap in the events of " + aggregateId + ": sequence " + sequence + " where "
                                      + expected + " comes next.");
        }
        next.put(aggregateId, sequence + 1);
        JsonNode payload = event.path("payload");
        if (!payload.isObject() || !from.equals(payload.path("ledgerId").asText())) {
            throw new BadExport(line, "the payload is not an event of the ledger " + from + ".");
        }
        LedgerEvent restored;
        try {
            // Opened as stored (sealed details with the keys of the exported ledger), then moved to the new ledger:
            // appended, its details are sealed again, with the keys of the ledger it is restored into.
            Object opened = events.deserialize(new SimpleSerializedObject<>(payload, JsonNode.class,
                                                                            new SimpleSerializedType(type.getName(),
                                                                                                     revision)),
                                               sealed.keyOf());
            ObjectNode rewritten = json.<ObjectNode>valueToTree(opened).put("ledgerId", ledgerId);
            restored = json.treeToValue(rewritten, type);
        } catch (JsonProcessingException | IllegalArgumentException | SerializationException e) {
            throw new BadExport(line, "the payload is not a " + typeName + ".");
        }
        String eventId = text(event, "eventId", line);
        Instant recordedAt;
        try {
            recordedAt = Instant.parse(text(event, "recordedAt", line));
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadExport(line, "recordedAt is not an instant.");
        }
        Map<String, String> metaData = new HashMap<>();
        if (event.path("recordedBy").isTextual()) {
            metaData.put(EventMetaData.RECORDED_BY, event.path("recordedBy").asText());
        }
        if (event.path("correlationId").isTextual()) {
            metaData.put(EventMetaData.CORRELATION_ID, event.path("correlationId").asText());
        }
        boolean kept = ledgerId.equals(from);
        if (!kept) {
            metaData.put(ORIGINAL_EVENT_ID, eventId);
        }
        return new GenericDomainEventMessage<>(text(event, "aggregateType", line),
                                               kept ? aggregateId : ledgerId + aggregateId.substring(from.length()),
                                               sequence, restored, metaData,
                                               kept ? eventId : UUID.nameUUIDFromBytes((ledgerId + "\n" + eventId)
                                                       .getBytes(StandardCharsets.UTF_8)).toString(),
                                               recordedAt);
    }

    private static String text(JsonNode event, String field, long line) {
        JsonNode value = event.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new BadExport(line, "the event has no " + field + ".");
        }
        return value.asText();
    }

    /**
     * Appends the events, a commit each, a thousand commits a write, and hands each to the subscribing processors
     * (the command side's directory), as recording it would have; the tracking processors read them from the store.
     */
    private void append(List<DomainEventMessage<?>> events) {
        List<SubscribingEventProcessor> subscribing = processing.eventProcessors().values().stream()
                .filter(SubscribingEventProcessor.class::isInstance).map(SubscribingEventProcessor.class::cast)
                .toList();
        for (int from = 0; from < events.size(); from += BATCH) {
            List<DomainEventMessage<?>> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            store.appendCommits(batch.stream().map(List::of).toList());
            for (EventMessage<?> event : batch) {
                DefaultUnitOfWork.startAndGet(event).execute(() -> {
                    for (SubscribingEventProcessor processor : subscribing) {
                        try {
                            if (processor.eventHandlerInvoker().canHandle(event, Segment.ROOT_SEGMENT)) {
                                processor.eventHandlerInvoker().handle(event, Segment.ROOT_SEGMENT);
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException("The restored event " + event.getIdentifier()
                                                            + " could not be handed to " + processor.getName(), e);
                        }
                    }
                });
            }
        }
    }
}
