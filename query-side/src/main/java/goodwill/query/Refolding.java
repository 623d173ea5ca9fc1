package goodwill.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.events.ContactForgotten;
import goodwill.events.LedgerEvent;
import goodwill.storage.LedgerHistory;
import goodwill.storage.crypto.Forgetting;
import goodwill.storage.crypto.SealingSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.stereotype.Component;

/**
 * A ledger's history as a read model folds it again when a person is forgotten: their key destroyed first (again,
 * if the command side did already: a crash in between destroys it all the same), then every event of the ledger
 * before the forgetting, read from the event store as it reads now, their details gone.
 */
@Component
public class Refolding {

    private static final Map<String, Class<? extends LedgerEvent>> TYPES = LedgerEvent.types().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final LedgerHistory history;
    private final SealingSerializer events;
    private final ObjectMapper json;
    private final Forgetting forgetting;

    Refolding(LedgerHistory history, SealingSerializer events, JacksonSerializer serializer, Forgetting forgetting) {
        this.history = history;
        this.events = events;
        this.json = serializer.getObjectMapper();
        this.forgetting = forgetting;
    }

    /** Destroys the forgotten person's key, and answers the ledger's events recorded before {@code position}. */
    List<Recorded> forget(ContactForgotten forgotten, long position) {
        forgetting.forget(forgotten.ledgerId(), forgotten.contactId());
        List<Recorded> before = new ArrayList<>();
        history.each(forgotten.ledgerId(), event -> {
            if (event.position() < position) {
                Class<? extends LedgerEvent> type = TYPES.get(event.type());
                LedgerEvent payload = events.deserialize(new SimpleSerializedObject<>(
                        json.convertValue(event.payload(), JsonNode.class), JsonNode.class,
                        new SimpleSerializedType(type.getName(), event.revision())));
                before.add(new Recorded(payload, event.position(), event.eventId(), event.recordedAt(),
                                        event.recordedBy(), event.correlationId()));
            }
        });
        return before;
    }

    /** The documents folded again are written: the store's file is rewritten soon, without what they replaced. */
    void written() {
        forgetting.rewriteSoon();
    }
}
