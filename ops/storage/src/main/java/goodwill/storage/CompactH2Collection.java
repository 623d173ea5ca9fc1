package goodwill.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.h2.mvstore.MVMap;

/**
 * mongo-java-server's H2 collection with a short way for what read models do all the time: replace one document
 * by its {@code _id}.
 * <p>
 * The general update path of mongo-java-server clones the stored document deeply, applies the replacement to it
 * field by field, compares every index key, compares the old and new documents after normalising each of their
 * values, and only then writes: for a read model's document of tens of KB, rewritten by every batch of events, that
 * was a fifth of all the CPU a recorded favor costs (measured under JFR, issue 10). A replacement by {@code _id} in a
 * collection whose only index is {@code _id}'s (its other indexes are ignored by the server, see
 * {@link EmptyIndex}) needs none of that: the stored document is looked up by its id and the replacement put in its
 * place, {@code _id} first, as MongoDB stores it. Anything else (an operator update, an upsert that inserts, a
 * replacement that changes {@code _id}, a collection with another unique index) takes the general path.
 */
final class CompactH2Collection extends H2Collection {

    private static final String ID = "_id";

    CompactH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        Object position = isMulti ? null : replacedInPlace(selector, update);
        if (position == null) {
            return super.updateDocuments(selector, update, arrayFilters, isMulti, isUpsert, oplog);
        }
        Document stored = getDocument(position);
        Document replacement = new Document(ID, stored.get(ID));
        update.forEach((field, value) -> {
            if (!field.equals(ID)) {
                replacement.put(field, value);
            }
        });
        boolean modified = !replacement.equals(stored);
        if (modified) {
            updateDataSize(sizeOf(replacement) - sizeOf(stored));
            handleUpdate(position, stored, replacement);
        }
        oplog.handleUpdate(getFullName(), selector, update, modified ? List.of(stored.get(ID)) : List.of());
        return new Document("n", 1).append("nModified", modified ? 1 : 0);
    }

    /** The document's BSON size, as the server counts a collection's data size. */
    private static int sizeOf(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            return bson.writerIndex();
        } finally {
            bson.release();
        }
    }

    /**
     * Where the document that {@code update} replaces is stored, when the short way applies: a whole-document
     * replacement of a stored document named by its plain {@code _id}, in a collection indexed by {@code _id} alone.
     */
    private Object replacedInPlace(Document selector, Document update) {
        Object id = selector.get(ID);
        if (selector.size() != 1 || id == null || id instanceof Document || id instanceof Collection<?>
                || update.keySet().stream().anyMatch(field -> field.startsWith("$"))
                || (update.containsKey(ID) && !Objects.equals(update.get(ID), id))) {
            return null;
        }
        Index<Object> byId = null;
        for (Index<Object> index : getIndexes()) {
            if (index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(ID)) {
                byId = index;
            } else if (!(index instanceof EmptyIndex)) {
                return null;
            }
        }
        return byId == null ? null : byId.getPosition(selector);
    }
}
