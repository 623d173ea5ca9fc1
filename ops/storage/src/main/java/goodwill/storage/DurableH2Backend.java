package goodwill.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to honour MongoDB's own durability flag: a write sent with
 * {@code writeConcern: {j: true}} is answered only after the MVStore has committed it (and everything
 * written before it) to the file, so an acknowledged write survives {@code kill -9}.
 * <p>
 * Commits are grouped: a writer that finds a commit in progress waits for it, and the next commit covers
 * every write finished by then, so concurrent requests share one commit instead of paying one each. The
 * MVStore is opened with auto-commit disabled; nothing reaches the file but through {@link #commitUpTo}.
 */
final class DurableH2Backend extends H2Backend {

    private final AtomicLong writesApplied = new AtomicLong();
    private final ReentrantLock committing = new ReentrantLock();
    private volatile long writesCommitted;

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!journaled(query)) {
            return super.handleCommand(channel, database, command, query);
        }
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // Also after a failed write: part of a batch may have been applied and reported.
            commitUpTo(writesApplied.incrementAndGet());
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
