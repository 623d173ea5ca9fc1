package goodwill.storage;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;

/**
 * The two kinds of write Goodwill makes, and how durable each must be when it is acknowledged.
 * <p>
 * Recorded facts (events, and the command side's lookups that guard them) are acknowledged once journaled
 * by a majority: on the embedded server, once committed to its file. Everything derived from them (read
 * models, processor positions, the position counter) is acknowledged without asking for the journal: on a
 * replica set a majority write is journaled anyway, and on the embedded server it reaches the file with
 * the next journaled commit, which persists every write before it. A crash can then cost a few events of
 * projection progress, which the processor applies again to its idempotent read model; it cannot lose a
 * fact.
 */
public final class WriteConcerns {

    public static final WriteConcern RECORDED = WriteConcern.MAJORITY.withJournal(true);
    public static final WriteConcern DERIVED = WriteConcern.MAJORITY;

    private WriteConcerns() {
    }

    /** The database as read models and processor positions write to it. */
    public static MongoDatabase derived(MongoDatabase database) {
        return database.withWriteConcern(DERIVED);
    }
}
