package goodwill.query;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A ledger's history as a read model folds it again when a person is forgotten: their key destroyed first (by every
 * read model that applies the forgetting, so a crash before one of them did destroys it all the same), then every event
 * of the ledger up to the end of the batch that holds the forgetting, read from the event store as it reads now,
 * their details gone.
 */
@Component
public class Refolding {

    private static final Map<String, Class<? extends LedgerEvent>> TYPES = LedgerEvent.types().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** A ledger's events recorded before a position, in their order, as they read now. */
    public interface History {
        List<Recorded> before(String ledgerId, long position);
    }

    private final History history;
    private final Forgetting forgetting;

    @Autowired
    Refolding(LedgerHistory history, SealingSerializer events, JacksonSerializer serializer, Forgetting forgetting) {
        this((ledgerId, position) -> {
            List<Recorded> before = new ArrayList<>();
            history.each(ledgerId, event -> {
                if (event.position() < position) {
                    Class<? extends LedgerEvent> type = TYPES.get(event.type());
                    LedgerEvent payload = events.deserialize(new SimpleSerializedObject<>(
                            serializer.getObjectMapper().convertValue(event.payload(), JsonNode.class),
                            JsonNode.class, new SimpleSerializedType(type.getName(), event.revision())));
                    before.add(new Recorded(payload, event.position(), event.eventId(), event.recordedAt(),
                                            event.recordedBy(), event.correlationId()));
                }
            });
            return before;
        }, forgetting);
    }

    /** @param forgetting what destroys keys and rewrites the store's file; null where there is nothing to destroy */
    public Refolding(History history, Forgetting forgetting) {
        this.history = history;
        this.forgetting = forgetting;
    }

    /**
     * Destroys the forgotten person's key, and the keys of the duplicates merged into them (one person recorded
     * twice is forgotten whole); answers the ledger's events before the position, as they read now.
     */
    List<Recorded> forget(ContactForgotten forgotten, long position) {
        String ledgerId = forgotten.ledgerId();
        if (forgetting == null) {
            return history.before(ledgerId, position);
        }
        forgetting.forget(ledgerId, forgotten.contactId());
        List<Recorded> before = history.before(ledgerId, position);
        List<String> duplicates = duplicatesOf(forgotten.contactId(), before);
        if (duplicates.isEmpty()) {
            return before;
        }
        duplicates.forEach(duplicate -> forgetting.forget(ledgerId, duplicate));
        return history.before(ledgerId, position);
    }

    /** The contacts merged into the person by the merges of the history. */
    static List<String> duplicatesOf(String contactId, List<Recorded> history) {
        Map<String, String> mergedInto = Map.of();
        for (Recorded recorded : history) {
            if (recorded.event() instanceof ContactsMerged merge) {
                mergedInto = Merges.after(mergedInto, merge.mergedId(), merge.survivorId());
            }
        }
        return Merges.mergedInto(mergedInto, contactId);
    }

    /** The documents folded again are written: the store's file is rewritten soon, without what they replaced. */
    void written() {
        if (forgetting != null) {
            forgetting.rewriteSoon();
        }
    }
}
