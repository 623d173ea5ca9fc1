package goodwill.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goodwill.events.AboutSomeone;
import goodwill.events.LedgerEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads an event {@linkplain AboutSomeone about someone} stored before revision {@value #REVISION}, when events
 * did not name their subject and kept their personal details in clear, as an event of revision {@value #REVISION}:
 * the same details, and {@code subjectId} null where the event has one (nobody's key sealed them). An event of
 * revision {@value #REVISION} may hold its details sealed or, if recorded without a subject, in clear; sealed ones are
 * opened by {@link goodwill.storage.crypto.SealingSerializer}.
 */
public final class SubjectNamedUpcaster extends SingleEventUpcaster {

    /** The revision of every event about someone since events name their subject. */
    public static final String REVISION = "2";

    /** The stored type names of the events about someone, and whether they gained a {@code subjectId} field. */
    private static final Map<String, Boolean> GAINED_SUBJECT = LedgerEvent.types().stream()
            .filter(AboutSomeone.class::isAssignableFrom)
            .peek(SubjectNamedUpcaster::requireRevision)
            .collect(Collectors.toUnmodifiableMap(Class::getName, type -> Arrays.stream(type.getRecordComponents())
                    .anyMatch(component -> component.getName().equals("subjectId"))));

    private static void requireRevision(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !REVISION.equals(revision.value())) {
            throw new IllegalStateException(type.getSimpleName() + " is about someone, so of revision " + REVISION);
        }
    }

    /** Whether the stored event of this type and revision is read through this upcaster. */
    public static boolean upcasts(String typeName, String revision) {
        return revision == null && GAINED_SUBJECT.containsKey(typeName);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return upcasts(representation.getType().getName(), representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(new SimpleSerializedType(type, REVISION), JsonNode.class, payload -> {
            if (GAINED_SUBJECT.get(type) && payload instanceof ObjectNode event && !event.has("subjectId")) {
                return event.deepCopy().putNull("subjectId");
            }
            return payload;
        });
    }
}
