package goodwill.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server stores a collection's documents in the MVStore: as BSON, the same bytes the
 * driver sends, behind a one-byte tag.
 * <p>
 * mongo-java-server leaves H2's default value type in place, which stores each document with Java
 * serialization (class descriptors and all, several times the BSON size) and estimates each at 20 KB of
 * memory, so a 16 KB page holds one document and every commit rewrites many pages. BSON is compact and
 * decodes to exactly the values the server was sent.
 * <p>
 * Files written before this type read on: a value without the tag is read as H2 wrote it, and is written as
 * BSON the next time its page is written. H2 never writes the tag itself (its type tags are 0–19 and 32–119),
 * so an older build refuses a newer file instead of misreading it.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** Unused by H2's {@link ObjectDataType}. */
    private static final byte TAG = 30;

    /** Memory of a Java object header and a reference, as H2's own estimates count them. */
    private static final int OBJECT = 24;

    private final ObjectDataType legacy = new ObjectDataType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            buffer.put(TAG).put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != TAG) {
            return (Document) legacy.read(buffer);
        }
        buffer.get();
        ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
        Document document = BsonDecoder.decodeBson(bson);
        buffer.position(buffer.position() + bson.readerIndex());
        return document;
    }

    /** What the decoded document takes on the heap, roughly: it sizes the page cache and splits pages. */
    @Override
    public int getMemory(Document document) {
        return memoryOf(document);
    }

    private static int memoryOf(Object value) {
        if (value instanceof Map<?, ?> map) {
            int memory = 3 * OBJECT;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += 2 * OBJECT + memoryOf(entry.getKey()) + memoryOf(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = 2 * OBJECT;
            for (Object element : values) {
                memory += OBJECT + memoryOf(element);
            }
            return memory;
        }
        if (value instanceof String string) {
            return OBJECT + 16 + string.length();
        }
        if (value instanceof byte[] bytes) {
            return OBJECT + bytes.length;
        }
        return OBJECT;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
