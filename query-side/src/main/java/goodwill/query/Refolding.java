package goodwill.query;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
import goodwill.events.LedgerEvent;
import goodwill.storage.LedgerHistory;
import goodwill.storage.crypto.Forgetting;
import goodwill.storage.crypto.SealingSerializer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A ledger's history as the read models fold it again when a person is forgotten. The first read model to apply the
 * forgetting reads the history up to the end of its batch as it read so far, destroys the person's key (and the keys
 * of the duplicates merged into them), and reads it again as it reads now: each read model folds both, in memory, and
 * writes again only the documents that differ, those that held something of the person. The two readings are kept
 * a while for the read models that come after (reading a ledger costs more than folding it), the history recorded
 * since read on to the end of each one's batch.
 * <p>
 * When the key was gone already, what the read model holds was made with it or not, and nothing tells: after a crash
 * between the destruction and its writes, say. Then every document of the ledger is written again, as folded now;
 * in a replay, where the read model is being made again from a history that reads without the person, nothing is.
 */
@Component
public class Refolding {

    private static final Map<String, Class<? extends LedgerEvent>> TYPES = LedgerEvent.types().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    /** How long the readings of a forgetting are kept for the read models that apply it later. */
    static final Duration KEPT = Duration.ofMinutes(10);
    /** How long after the first read model wrote what it folded again the file is rewritten, whatever the others do. */
    static final Duration LAST_WRITTEN_AT_MOST = Duration.ofMinutes(2);

    /** A ledger's events at positions from {@code from} up to before {@code to}, in order, as they read now. */
    public interface History {
        List<Recorded> between(String ledgerId, long from, long to);
    }

    /**
     * What a read model folds to apply a forgetting: the ledger's history as it reads now, and as it read before the
     * key was destroyed, or null when every document folded is to be written.
     */
    public record Refold(List<Recorded> after, List<Recorded> before) {
    }

    /**
     * The readings of one forgetting, up to before a position, kept until a time or until every reader took them;
     * {@code before} null when the key was gone already.
     */
    private record Readings(List<Recorded> after, List<Recorded> before, long upTo, Instant keptUntil, int taken) {
    }

    private final History history;
    private final Forgetting forgetting;
    private final Clock clock;
    private final Map<String, Readings> kept = new HashMap<>();
    /** How many read models wrote what they folded again for each forgetting, until all did. */
    private final Map<String, Integer> writtenBy = new HashMap<>();
    /** How many read models fold with this: once each took a forgetting's readings, they are let go. */
    private int readers;

    @Autowired
    Refolding(LedgerHistory history, SealingSerializer events, JacksonSerializer serializer, Forgetting forgetting) {
        this((ledgerId, from, to) -> {
            List<Recorded> between = new ArrayList<>();
            history.each(ledgerId, event -> {
                if (event.position() >= from && event.position() < to) {
                    Class<? extends LedgerEvent> type = TYPES.get(event.type());
                    LedgerEvent payload = events.deserialize(new SimpleSerializedObject<>(
                            serializer.getObjectMapper().convertValue(event.payload(), JsonNode.class),
                            JsonNode.class, new SimpleSerializedType(type.getName(), event.revision())));
                    between.add(new Recorded(payload, event.position(), event.eventId(), event.recordedAt(),
                                             event.recordedBy(), event.correlationId()));
                }
            });
            return between;
        }, forgetting, Clock.systemUTC());
    }

    /** @param forgetting what destroys keys and rewrites the store's file; null where there is nothing to destroy */
    public Refolding(History history, Forgetting forgetting, Clock clock) {
        this.history = history;
        this.forgetting = forgetting;
        this.clock = clock;
    }

    /**
     * Destroys the forgotten person's key, and the keys of the duplicates merged into them (one person recorded
     * twice is forgotten whole); answers what the read model folds again, the ledger's events before the position,
     * or null when it folds nothing again (a replay, the key gone before).
     */
    synchronized Refold forget(ContactForgotten forgotten, long position, boolean replaying) {
        String ledgerId = forgotten.ledgerId();
        String key = keyOf(forgotten);
        Instant now = clock.instant();
        kept.values().removeIf(readings -> readings.keptUntil().isBefore(now));
        Readings readings = kept.get(key);
        if (readings == null) {
            if (forgetting == null) {
                return new Refold(history.between(ledgerId, 0, position), null);
            }
            if (replaying && forgetting.isForgotten(ledgerId, forgotten.contactId())) {
                return null;
            }
            List<Recorded> before = history.between(ledgerId, 0, position);
            boolean destroyed = forgetting.forget(ledgerId, forgotten.contactId());
            for (String duplicate : duplicatesOf(forgotten.contactId(), before)) {
                destroyed |= forgetting.forget(ledgerId, duplicate);
            }
            // Read with the keys gone already, the history before is as it reads now: every document is written.
            readings = destroyed
                    ? new Readings(history.between(ledgerId, 0, position), before, position, now.plus(KEPT), 0)
                    : new Readings(before, null, position, now.plus(KEPT), 0);
        } else if (position > readings.upTo()) {
            List<Recorded> since = history.between(ledgerId, readings.upTo(), position);
            readings = new Readings(concat(readings.after(), since),
                                    readings.before() == null ? null : concat(readings.before(), since), position,
                                    readings.keptUntil(), readings.taken());
        }
        readings = new Readings(readings.after(), readings.before(), readings.upTo(), readings.keptUntil(),
                                readings.taken() + 1);
        if (readings.taken() < readers) {
            kept.put(key, readings);
        } else {
            kept.remove(key);
        }
        return new Refold(upTo(readings.after(), position),
                          readings.before() == null ? null : upTo(readings.before(), position));
    }

    /** One more read model folds with this. */
    synchronized void register() {
        readers++;
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

    private static List<Recorded> concat(List<Recorded> first, List<Recorded> then) {
        List<Recorded> both = new ArrayList<>(first);
        both.addAll(then);
        return both;
    }

    private static List<Recorded> upTo(List<Recorded> events, long position) {
        return events.stream().filter(recorded -> recorded.position() < position).toList();
    }

    /**
     * A read model's documents folded again are written: once every read model's are, the store's file is rewritten
     * soon, without what they replaced; within {@link #LAST_WRITTEN_AT_MOST} at the latest after the first.
     */
    synchronized void written(ContactForgotten forgotten) {
        if (forgetting == null) {
            return;
        }
        String key = keyOf(forgotten);
        if (writtenBy.merge(key, 1, Integer::sum) >= readers) {
            writtenBy.remove(key);
            forgetting.rewriteSoon();
        } else {
            forgetting.rewriteWithin(LAST_WRITTEN_AT_MOST);
        }
    }

    private static String keyOf(ContactForgotten forgotten) {
        return forgotten.ledgerId() + ":" + forgotten.contactId();
    }
}
