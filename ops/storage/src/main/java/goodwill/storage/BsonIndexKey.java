package goodwill.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * A unique index's key as the embedded store keeps it: the indexed values encoded once as BSON
 * ({@code {"0": v0, "1": v1, …}}) and compared byte by byte.
 * <p>
 * mongo-java-server keys its H2 indexes by {@link KeyValue}, which is not {@link Comparable}, so H2's default type
 * compares two keys by Java-serialising both, at every step of every binary search, and writes every key of a
 * changed page with Java serialisation again at every commit: the largest share of the server's CPU under a write
 * load. Encoded once, a key compares as a byte array and is written as one. Two keys are equal exactly when their
 * normalised values encode alike, which is what the index's {@code equals} asked before; the order is arbitrary,
 * as it was, and nothing reads the index in order.
 *
 * @param bson   the values, as a BSON document
 * @param legacy read from a page H2's default type wrote: the index is ordered the old way and must be rebuilt
 */
record BsonIndexKey(byte[] bson, boolean legacy) {

    static BsonIndexKey of(KeyValue values) {
        Document document = new Document();
        int field = 0;
        for (Object value : values) {
            document.put(Integer.toString(field++), value);
        }
        ByteBuf buffer = Unpooled.buffer(64);
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bson = new byte[buffer.readableBytes()];
            buffer.readBytes(bson);
            return new BsonIndexKey(bson, false);
        } finally {
            buffer.release();
        }
    }

    KeyValue values() {
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        return new KeyValue(new ArrayList<>(document.values()));
    }

    /** The MVStore type of these keys; it reads the keys H2's default type wrote too. */
    static final class Type extends BasicDataType<BsonIndexKey> {

        static final Type INSTANCE = new Type();

        /** Unused by H2's {@link ObjectDataType}, and not the document tag, so neither is read as the other. */
        private static final byte TAG = 31;

        private final ObjectDataType legacyType = new ObjectDataType();

        private Type() {
        }

        @Override
        public int compare(BsonIndexKey one, BsonIndexKey other) {
            return Arrays.compareUnsigned(one.bson, other.bson);
        }

        @Override
        public int getMemory(BsonIndexKey key) {
            return 40 + key.bson.length;
        }

        @Override
        public void write(WriteBuffer buffer, BsonIndexKey key) {
            buffer.put(TAG).putVarInt(key.bson.length).put(key.bson);
        }

        @Override
        public BsonIndexKey read(ByteBuffer buffer) {
            if (buffer.get(buffer.position()) != TAG) {
                return new BsonIndexKey(of((KeyValue) legacyType.read(buffer)).bson, true);
            }
            buffer.get();
            byte[] bson = new byte[DataUtils.readVarInt(buffer)];
            buffer.get(bson);
            return new BsonIndexKey(bson, false);
        }

        @Override
        public BsonIndexKey[] createStorage(int size) {
            return new BsonIndexKey[size];
        }
    }

    /** For tests and logs: the values, not the bytes. */
    @Override
    public String toString() {
        return values().toString();
    }
}
