package goodwill.storage;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonValue;

/**
 * Counts the commands a client sends, by command name and collection ({@code "find ledger_directory"}): the
 * round trips a piece of work costs, read from the driver as the server sees them.
 */
public final class RoundTrips implements CommandListener {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        BsonValue target = event.getCommand().get(name.equals("getMore") ? "collection" : name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        counts.computeIfAbsent(name + " " + collection, key -> new LongAdder()).increment();
    }

    public void reset() {
        counts.clear();
    }

    /** The counts so far, by {@code "<command> <collection>"}, sorted. */
    public Map<String, Long> counts() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

    /** The counts so far divided by {@code per} (the units of work they were spent on), sorted. */
    public Map<String, Double> per(int per) {
        Map<String, Double> each = new TreeMap<>();
        counts().forEach((key, count) -> each.put(key, (double) count / per));
        return each;
    }

    public long of(String command, String collection) {
        LongAdder count = counts.get(command + " " + collection);
        return count == null ? 0 : count.sum();
    }
}
