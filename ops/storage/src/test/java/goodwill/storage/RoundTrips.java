package goodwill.storage;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.bson.BsonBoolean;
import org.bson.BsonValue;

/**
 * Counts the commands a client sends, by command name and collection ({@code "find ledger_directory"}): the
 * round trips a piece of work costs, read from the driver as the server sees them; and the writes that waited for
 * the journal.
 */
public final class RoundTrips implements CommandListener {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder journaled = new LongAdder();
    private final AtomicLong writesSinceJournaled = new AtomicLong();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        BsonValue target = event.getCommand().get(name.equals("getMore") ? "collection" : name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "";
        counts.computeIfAbsent(name + " " + collection, key -> new LongAdder()).increment();
        BsonValue concern = event.getCommand().get("writeConcern");
        if (concern != null && concern.isDocument() && concern.asDocument().getBoolean("j", BsonBoolean.FALSE).getValue()) {
            journaled.increment();
            writesSinceJournaled.set(0);
        } else if (WRITES.contains(name)) {
            writesSinceJournaled.incrementAndGet();
        }
    }

    public void reset() {
        counts.clear();
        journaled.reset();
        writesSinceJournaled.set(0);
    }

    /** The writes sent so far that asked for the journal ({@code j: true}): each waits for a commit to disk. */
    public long journaled() {
        return journaled.sum();
    }

    /** The writes sent since the last journaled one: what a crash right now could lose. */
    public long writesSinceJournaled() {
        return writesSinceJournaled.get();
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
