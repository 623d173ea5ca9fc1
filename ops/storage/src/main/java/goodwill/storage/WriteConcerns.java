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
 * <p>
 * Inside a command, the event append and the command side's lookups are acknowledged {@link #IN_COMMAND}, as
 * applied only, and the command's commit ends with one journaled write, which makes them durable with it: the
 * command is answered after that, so one commit to the file serves all its writes.
 */
public final class WriteConcerns {

    public static final WriteConcern RECORDED = WriteConcern.MAJORITY.withJournal(true);
    public static final WriteConcern DERIVED = WriteConcern.MAJORITY;
    /** A write of a command, made durable by the journaled write that closes the command's commit. */
    public static final WriteConcern IN_COMMAND = WriteConcern.MAJORITY;

    private WriteConcerns() {
    }

    /** The database as read models and processor positions write to it. */
    public static MongoDatabase derived(MongoDatabase database) {
        return database.withWriteConcern(DERIVED);
    }
}
