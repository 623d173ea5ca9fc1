package goodwill.storage;

/** The names of the collections the storage layer owns. Read models name their own. */
public final class StorageCollections {

    /** One document per commit: the event history, never changed or deleted. */
    public static final String EVENTS = "events";
    /** The latest snapshot of each long-lived aggregate: derived, replaceable. */
    public static final String SNAPSHOTS = "snapshots";
    /** Counters: the last allocated global event position. */
    public static final String SEQUENCES = "sequences";
    /** Tracking tokens of the event processors (Axon's MongoTokenStore). */
    public static final String TOKENS = "tracking_tokens";
    /** Each person's data key, wrapped by the master key; a forgotten person's, destroyed. */
    public static final String DATA_KEYS = "data_keys";

    private StorageCollections() {
    }
}
