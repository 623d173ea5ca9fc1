package goodwill.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 database with its collections' documents stored as BSON ({@link BsonDocumentType})
 * instead of Java-serialized, its unique indexes keyed by BSON too ({@link BsonUniqueIndex}), and a document
 * replaced by {@code _id} the short way ({@link CompactH2Collection}); everything
 * else, map names included, as the H2 backend has it, so a file written before opens as it was.
 */
final class CompactH2Database extends H2Database {

    /** mongo-java-server's names for a collection's maps (package-private there). */
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";
    private static final String INDEX_MAP_INFIX = "._index_";

    /** The store while the super constructor opens the collections that exist already, before {@link #store} is set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    CompactH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, opening(store), cursorRegistry);
        OPENING.remove();
        this.store = store;
    }

    private static MVStore opening(MVStore store) {
        OPENING.set(store);
        return store;
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVStore mvStore = mvStore();
        MVMap<Object, Document> data = mvStore.openMap(DATA_MAP_PREFIX + fullName,
                                                      new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
        MVMap<String, Object> meta = mvStore.openMap(META_MAP_PREFIX + fullName);
        return new CompactH2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        String mapName = getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName;
        return BsonUniqueIndex.open(mvStore(), mapName, indexName, keys, sparse);
    }

    private MVStore mvStore() {
        return store != null ? store : OPENING.get();
    }
}
