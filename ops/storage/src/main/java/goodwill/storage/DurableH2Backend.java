package goodwill.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made safe for concurrent clients and durable the way MongoDB promises.
 *
 * <h2>Isolation</h2>
 * The backend updates stored documents in place and answers with the stored instances themselves, which
 * are encoded after the command returns: a concurrent update could change an answer while it is being
 * written (seen: {@code findOneAndUpdate} with {@code $inc} handing the same counter value to two
 * clients). So writes run one at a time, reads run together, and every answer is deep-copied before the
 * lock is released.
 *
 * <h2>Durability</h2>
 * A write sent with {@code writeConcern: {j: true}} is answered only after the MVStore has committed it
 * (and everything written before it) to its file, so an acknowledged write survives {@code kill -9}.
 * Commits are grouped: a writer that finds a commit in progress waits for it, and the next commit covers
 * every write finished by then, so concurrent requests share one commit. MVStore's background writer also
 * commits (once a second) and rewrites sparse chunks; it never decides when a write is acknowledged.
 *
 * <h2>Readers and the background writer</h2>
 * The backend reads MVMaps directly, without H2's transactions, so nothing told the store which version a
 * command was reading: under a heavy load (seven read models replaying 200,000 events beside other builds)
 * a scan once failed with "Chunk … not found", its chunk freed by the background writer's housekeeping while
 * it read (the command failed, the driver reported it, and the processor retried). Every command now
 * registers its use of the current version for as long as it runs, as H2's own transactions do, so the
 * chunks it reads are kept until it is done.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> READS = Set.of(
            "find", "getmore", "aggregate", "count", "distinct", "listcollections", "listindexes",
            "listdatabases", "dbstats", "collstats", "hello", "ismaster", "ping", "buildinfo", "whatsmyuri",
            "serverstatus", "endsessions", "killcursors", "getlasterror", "connectionstatus");

    private final ReentrantReadWriteLock access = new ReentrantReadWriteLock();
    private final AtomicLong writesApplied = new AtomicLong();
    private final ReentrantLock committing = new ReentrantLock();
    private volatile long writesCommitted;

    private final MVStore store;

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        boolean read = READS.contains(command.toLowerCase(Locale.ROOT));
        Lock lock = read ? access.readLock() : access.writeLock();
        long write = 0;
        lock.lock();
        MVStore.TxCounter reading = store.registerVersionUsage();
        try {
            return super.handleCommand(channel, database, command, query).cloneDeeply();
        } finally {
            store.deregisterVersionUsage(reading);
            if (!read) {
                write = writesApplied.incrementAndGet();
            }
            lock.unlock();
            // Also after a failed write: part of a batch may have been applied and reported.
            if (!read && journaled(query)) {
                commitUpTo(write);
            }
        }
    }

    private static boolean journaled(Document query) {
        return query.get("writeConcern") instanceof Document concern && Boolean.TRUE.equals(concern.get("j"));
    }

    private void commitUpTo(long write) {
        if (writesCommitted >= write) {
            return;
        }
        committing.lock();
        try {
            if (writesCommitted >= write) {
                return;
            }
            long covered = writesApplied.get();
            getMvStore().commit();
            writesCommitted = covered;
        } finally {
            committing.unlock();
        }
    }

    @Override
    public void close() {
        committing.lock();
        try {
            getMvStore().commit();
        } finally {
            committing.unlock();
        }
        super.close();
    }
}
