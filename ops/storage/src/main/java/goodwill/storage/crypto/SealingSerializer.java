package goodwill.storage.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goodwill.events.AboutSomeone;
import goodwill.events.LedgerEvent;
import goodwill.events.PersonalDetail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import javax.crypto.SecretKey;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How events are stored with their personal data sealed: an event {@linkplain AboutSomeone about someone} keeps
 * every field in clear but its {@linkplain PersonalDetail personal details}, which are taken out together and
 * stored as one sealed value under {@value #SEALED}, with the id of the person whose data key sealed them:
 * <pre>
 * { "ledgerId": "…", "favorId": "…", "giverId": "…", …, "subjectId": "dana",
 *   "sealed": { "for": "dana", "data": "gw1:…" } }
 * </pre>
 * Read back, the details are opened and put where they were, so the event is what was recorded. Once the person is
 * forgotten their key is gone, and each detail reads as its {@link PersonalDetail#ifForgotten} value: a name as
 * "Forgotten person", the rest as nothing; every id, kind, weight and date is as it was, so every number computed
 * from the events is too. An event stored before sealing (its details in clear, no {@value #SEALED}) is read as
 * stored. Everything else (metadata, snapshots, tokens) is the delegate's to write and read, unchanged.
 */
public final class SealingSerializer implements Serializer {

    /** The field of a stored event that holds its sealed details. */
    public static final String SEALED = "sealed";
    private static final String FOR = "for";
    private static final String DATA = "data";
    private static final Logger LOG = LoggerFactory.getLogger(SealingSerializer.class);

    private final Serializer delegate;
    private final ObjectMapper json;
    private final DataKeys keys;
    private final Map<Class<?>, List<Detail>> details = new ConcurrentHashMap<>();

    /** A personal detail of an event type, and what it reads as once its person is forgotten. */
    private record Detail(String name, String ifForgotten) {
    }

    public SealingSerializer(Serializer delegate, ObjectMapper json, DataKeys keys) {
        this.delegate = delegate;
        this.json = json;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (!(object instanceof AboutSomeone about) || about.subjectId() == null
                || !(object instanceof LedgerEvent event)) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> tree = delegate.serialize(object, JsonNode.class);
        ObjectNode stored = (ObjectNode) tree.getData();
        List<Detail> personal = detailsOf(object.getClass());
        ObjectNode taken = json.createObjectNode();
        for (Detail detail : personal) {
            JsonNode value = stored.remove(detail.name());
            if (value != null && !value.isNull()) {
                taken.set(detail.name(), value);
            }
        }
        if (taken.isEmpty()) {
            // Nothing personal to seal (a favor without a note): stored without, read back as it was recorded.
            return getConverter().convert(tree, expectedRepresentation);
        }
        Optional<SecretKey> key = keys.keyFor(event.ledgerId(), about.subjectId());
        if (key.isPresent()) {
            stored.set(SEALED, json.createObjectNode()
                                   .put(FOR, about.subjectId())
                                   .put(DATA, PersonalData.seal(text(taken), key.get(), about.subjectId())));
        } else {
            // Something recorded about a person forgotten already (the retraction of an old favor): nothing of what
            // it says of them is kept.
            forgotten(stored, personal);
        }
        return getConverter().convert(tree, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        return deserialize(serializedObject, keys::existingKeyOf);
    }

    /**
     * The event, its sealed details opened with the keys given by ledger and person (a restore's, from its export)
     * instead of this database's.
     */
    public <S, T> T deserialize(SerializedObject<S> serializedObject,
                                BiFunction<String, String, Optional<SecretKey>> keyOf) {
        SerializedObject<JsonNode> tree = getConverter().convert(serializedObject, JsonNode.class);
        if (!(tree.getData() instanceof ObjectNode stored) || !(stored.get(SEALED) instanceof ObjectNode sealed)) {
            return delegate.deserialize(tree);
        }
        ObjectNode opened = stored.deepCopy();
        opened.remove(SEALED);
        Class<?> type = classForType(tree.getType());
        String personId = sealed.path(FOR).asText();
        Optional<SecretKey> key = keyOf.apply(opened.path("ledgerId").asText(), personId);
        Optional<String> details = key.flatMap(found -> PersonalData.open(sealed.path(DATA).asText(), found, personId));
        if (details.isPresent()) {
            opened.setAll((ObjectNode) tree(details.get()));
        } else {
            if (key.isPresent()) {
                LOG.warn("The personal details of a {} do not open with their person's key: read as forgotten",
                         type.getSimpleName());
            }
            forgotten(opened, detailsOf(type));
        }
        return delegate.deserialize(new SimpleSerializedObject<>(opened, JsonNode.class, tree.getType()));
    }

    /** Each detail as what it reads as once its person is forgotten. */
    private static void forgotten(ObjectNode event, List<Detail> personal) {
        for (Detail detail : personal) {
            if (detail.ifForgotten().isEmpty()) {
                event.putNull(detail.name());
            } else {
                event.put(detail.name(), detail.ifForgotten());
            }
        }
    }

    private List<Detail> detailsOf(Class<?> type) {
        return details.computeIfAbsent(type, SealingSerializer::personalDetails);
    }

    private static List<Detail> personalDetails(Class<?> type) {
        List<Detail> personal = new ArrayList<>();
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        for (RecordComponent component : components) {
            PersonalDetail detail = component.getAnnotation(PersonalDetail.class);
            if (detail != null) {
                personal.add(new Detail(component.getName(), detail.ifForgotten()));
            }
        }
        return List.copyOf(personal);
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class<?> classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
