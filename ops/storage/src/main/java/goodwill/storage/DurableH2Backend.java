package goodwill.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend, made safe for concurrent clients, durable the way MongoDB promises, and
 * small on disk.
 *
 * <h2>Isolation</h2>
 * The backend updates stored documents in place and answers with the stored instances themselves, which
 * are encoded after the command returns: a concurrent update could change an answer while it is being
 * written (seen: {@code findOneAndUpdate} with {@code $inc} handing the same counter value to two
 * clients). So writes run one at a time, reads run together, and every answer is deep-copied before the
 * lock is released.
 *
 * <h2>Durability: every commit is synced, and this class makes every commit</h2>
 * A write sent with {@code writeConcern: {j: true}} is answered only after the MVStore has committed it
 * (and everything written before it) and forced the file to disk, so an acknowledged write survives
 * {@code kill -9} and a power loss. Commits are grouped: a writer that finds a commit in progress waits for
 * it, and the next commit covers every write finished by then, so concurrent requests share one commit.
 * Writes without {@code j:true} (read models, processor positions) ride the next commit, journaled or the
 * {@linkplain #COMMIT_INTERVAL periodic one}: after a crash a read model and its processor's position fall
 * back together, and the processor applies the rest again.
 *
 * <h2>Disk: freed space is reused at once, and sparse chunks are rewritten under the load</h2>
 * Each commit writes the changed B-tree pages as a new chunk; the chunks they replace are freed. H2 keeps
 * freed chunks for a retention time (45 s by default) so that a power loss cannot leave the last durable
 * version pointing at overwritten space: under a steady load the file grew by every chunk of the last 45 s
 * (hundreds of MB). Here the store's own background writer is off, every commit is followed by a sync
 * before the next one starts, so the version a freed chunk belonged to is on disk before its space is
 * written again, and the retention time is 0. The same periodic task rewrites the live pages of sparse
 * chunks and moves chunks towards the start of the file, a little at a time, so the file stays near the
 * size of its live data while writes go on.
 *
 * <h2>Readers</h2>
 * The backend reads MVMaps directly, without H2's transactions. Every command registers its use of the
 * current version for as long as it runs, as H2's own transactions do, so the chunks it reads are kept
 * until it is done.
 */
final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /** How soon a write without {@code j:true} reaches the file. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);

    /** Chunks filled less than this are rewritten by the periodic task. */
    private static final int REWRITE_BELOW_FILL_PERCENT = 60;
    /** At most this many bytes of sparse chunks are rewritten by one run of the periodic task. */
    private static final int REWRITE_BYTES = 4 << 20;
    /** The file is compacted (chunks moved to its start, its end cut) when less of it than this is in chunks. */
    private static final int MOVE_BELOW_FILE_FILL_PERCENT = 50;
    /**
     * At most this many bytes of chunks are moved by one run. Moved a few MB at a time, chunks written in
     * between land at the end again and the file does not shrink; moved at once, it does (measured: a 55 MB
     * file with 17 MB of chunks, 4 runs of 4 MB left it at 55 MB, one of 17 MB made it 17 MB in 0.3 s).
     */
    private static final long MOVE_BYTES = 64L << 20;

    /**
     * The documents a reply of a query holds when the client names no batch size, as MongoDB's first batch does.
     * The server answers such a query whole, in one message, and a message of more than 48 MB fails in the driver:
     * a long ledger's history or a large ledger's read model would then be unreadable. (MongoDB also caps a batch
     * at 16 MB; here a batch of 101 documents averaging more than 475 KB would still fail.)
     */
    static final int DEFAULT_BATCH = 101;
    private static final Set<String> BATCHED = Set.of("find", "getMore");

    private static final Set<String> READS = Set.of(
            "find", "getmore", "aggregate", "count", "distinct", "listcollections", "listindexes",
            "listdatabases", "dbstats", "collstats", "hello", "ismaster", "ping", "buildinfo", "whatsmyuri",
            "serverstatus", "endsessions", "killcursors", "getlasterror", "connectionstatus");

    private final ReentrantReadWriteLock access = new ReentrantReadWriteLock();
    private final AtomicLong writesApplied = new AtomicLong();
    private final LongAdder journaledWrites = new LongAdder();
    private final ReentrantLock committing = new ReentrantLock();
    private volatile long writesCommitted;
    private long commits;
    private long fileRewrites;
    /**
     * The command a Goodwill process sends to a database server of its own ({@code goodwill db}) after a forgetting,
     * for the file's rewrite; a real MongoDB answers that it has no such command.
     */
    static final String REWRITE_FILE = "goodwillRewriteFile";
    /** A map of the store's own, whose writes move the store to a new version. */
    private static final String REWRITES_MAP = "goodwill.file-rewrites";
    /** Entries written again between two commits of a rewrite. */
    private static final int REWRITE_BATCH = 10_000;

    private final MVStore store;
    private final ScheduledExecutorService periodic;

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        store.setRetentionTime(0);
        this.periodic = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-commits");
            thread.setDaemon(true);
            return thread;
        });
        periodic.scheduleWithFixedDelay(this::commitAndTidy, COMMIT_INTERVAL.toMillis(), COMMIT_INTERVAL.toMillis(),
                                        TimeUnit.MILLISECONDS);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // Called from the super constructor too (databases that exist already), before this.store is set.
        return new CompactH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (REWRITE_FILE.equals(command)) {
            rewriteFile();
            return new Document("ok", 1.0);
        }
        if (BATCHED.contains(command) && !query.containsKey("batchSize")) {
            query.put("batchSize", DEFAULT_BATCH);
        }
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
                journaledWrites.increment();
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
            if (writesCommitted < write) {
                commitAndSync();
            }
        } finally {
            committing.unlock();
        }
    }

    /**
     * Commits every write applied so far and forces the file to disk; the caller holds {@link #committing}. The
     * commit takes its snapshot while no write runs, so it never holds half of a command (a document without its
     * index entries); reads go on meanwhile, and writes go on while the file is synced.
     */
    private void commitAndSync() {
        long covered = writesApplied.get();
        whileNoWriteRuns(() -> {
            store.commit();
            return true;
        });
        store.sync();
        commits++;
        writesCommitted = covered;
    }

    /** The periodic task: commits what no journaled write has, then rewrites a little of what is sparse. */
    private void commitAndTidy() {
        committing.lock();
        try {
            if (store.isClosed()) {
                return;
            }
            if (writesCommitted < writesApplied.get()) {
                commitAndSync();
            }
            if (store.getFileStore().getChunksFillRate() < REWRITE_BELOW_FILL_PERCENT
                    && whileNoWriteRuns(() -> store.compact(REWRITE_BELOW_FILL_PERCENT, REWRITE_BYTES))) {
                commitAndSync();
            }
            if (store.getFileStore() instanceof RandomAccessStore file
                    && file.getFillRate() < MOVE_BELOW_FILE_FILL_PERCENT) {
                long inChunks = file.size() * file.getFillRate() / 100;
                // Commits, and syncs before it overwrites anything, and after.
                whileNoWriteRuns(() -> {
                    file.compactMoveChunks(MOVE_BELOW_FILE_FILL_PERCENT, Math.min(inChunks, MOVE_BYTES), store);
                    return true;
                });
            }
        } catch (RuntimeException e) {
            log.warn("The embedded store's periodic commit failed; the next one tries again", e);
        } finally {
            committing.unlock();
        }
    }

    /** Runs what may commit (compaction commits as it goes) while no write is half applied. */
    private boolean whileNoWriteRuns(BooleanSupplier work) {
        access.readLock().lock();
        try {
            return work.getAsBoolean();
        } finally {
            access.readLock().unlock();
        }
    }

    /**
     * Rewrites the file so that it holds nothing but what the store holds now. H2 leaves the dead pages of a chunk
     * that still has live ones where they are, and some chunks it will not rewrite; so every entry of every map is
     * written again (into new chunks, a batch a commit), which leaves every older chunk dead; those are dropped, the
     * chunks moved to the start of the file and its end cut off, and what is left free between them overwritten
     * with zeros ({@link FreeSpace}). A value deleted or replaced (a person's data key, a read model's page that named
     * a forgotten person) is then in no byte of the file. Reads and writes wait meanwhile: it costs a write of the
     * whole store.
     */
    void rewriteFile() {
        long start = System.nanoTime();
        long sizeBefore = store.getFileStore().size();
        committing.lock();
        access.writeLock().lock();
        try {
            commitAndSync();
            long written = 0;
            for (String name : store.getMapNames()) {
                MVMap<Object, Object> map = openAlready(name);
                if (map == null) {
                    // Not open, so never read or written here: opened now, without its key and value types, its
                    // entries would be read wrong and written back so.
                    log.warn("The embedded store's map {} is not open: left out of the file's rewrite", name);
                    continue;
                }
                for (Object key : map.keyList()) {
                    map.put(key, map.get(key));
                    if (++written % REWRITE_BATCH == 0) {
                        store.commit();
                    }
                }
            }
            // New versions, so that the chunks the rewrites left dead are in no version H2 keeps (it keeps a few).
            for (int version = 0; version <= store.getVersionsToKeep() + 1; version++) {
                MVMap<String, Long> rewrites = store.openMap(REWRITES_MAP);
                rewrites.put("rewrites", rewrites.getOrDefault("rewrites", 0L) + 1);
                store.commit();
            }
            store.sync();
            if (store.getFileStore() instanceof RandomAccessStore file) {
                file.compactMoveChunks(100, Long.MAX_VALUE, store);
                FreeSpace.zeroFreeBlocks(file);
            }
            fileRewrites++;
            log.info("The embedded store's file was rewritten in {} ms, reads and writes waiting: {} entries written "
                     + "again, {} MiB before, {} MiB after", (System.nanoTime() - start) / 1_000_000, written,
                     sizeBefore >> 20, store.getFileStore().size() >> 20);
        } finally {
            access.writeLock().unlock();
            committing.unlock();
        }
    }

    /** The map of that name as the store has it open, or null when nothing opened it. */
    private MVMap<Object, Object> openAlready(String name) {
        String id = store.getMetaMap().get(DataUtils.META_NAME + name);
        return id == null ? null : store.getMap(Integer.parseInt(id, 16));
    }

    /** What the store has done since it was opened, and how full its file is. */
    StoreStatistics statistics() {
        committing.lock();
        try {
            return StoreStatistics.of(store, writesApplied.get(), journaledWrites.sum(), commits, fileRewrites);
        } finally {
            committing.unlock();
        }
    }

    @Override
    public void close() {
        // Not shutdownNow: an interrupt during a commit's file write closes the store's FileChannel for good.
        periodic.shutdown();
        try {
            periodic.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        committing.lock();
        try {
            commitAndSync();
        } finally {
            committing.unlock();
        }
        super.close();
    }
}
