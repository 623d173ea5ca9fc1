package goodwill.storage;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A unique index of the embedded store, keyed by {@link BsonIndexKey}: what mongo-java-server's H2 index does, with
 * keys that compare and store without Java serialisation. It keeps the H2 index's map, under the same name, so an
 * index a stock H2 backend wrote is read on: found ordered the old way, it is rebuilt in the new order when opened,
 * in the same uncommitted version as nothing else, so a crash leaves either the old index or the new one.
 */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<BsonIndexKey, Object> map;

    private BsonUniqueIndex(MVMap<BsonIndexKey, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    static BsonUniqueIndex open(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        MVMap<BsonIndexKey, Object> map = store.openMap(mapName,
                                                        new MVMap.Builder<BsonIndexKey, Object>()
                                                                .keyType(BsonIndexKey.Type.INSTANCE));
        if (!map.isEmpty() && map.firstKey().legacy()) {
            List<Map.Entry<BsonIndexKey, Object>> entries = new ArrayList<>(map.size());
            map.entrySet().forEach(entry -> entries.add(new SimpleImmutableEntry<>(entry.getKey(), entry.getValue())));
            map.clear();
            entries.forEach(entry -> map.put(new BsonIndexKey(entry.getKey().bson(), false), entry.getValue()));
        }
        return new BsonUniqueIndex(map, name, keys, sparse);
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(BsonIndexKey.of(keyValue));
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(BsonIndexKey.of(keyValue), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> map.entrySet().stream()
                .<Entry<KeyValue, Object>>map(entry -> new SimpleImmutableEntry<>(entry.getKey().values(),
                                                                                 entry.getValue()))
                .iterator();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(BsonIndexKey.of(keyValue));
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
