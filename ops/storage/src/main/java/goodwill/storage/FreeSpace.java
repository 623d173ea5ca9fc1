package goodwill.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.mvstore.FreeSpaceBitSet;
import org.h2.mvstore.RandomAccessStore;

/**
 * Overwrites the blocks of an MVStore file that no chunk uses with zeros. H2 reuses freed space but never clears it,
 * so a page freed by a rewrite would keep its bytes until new chunks happen to land on it. H2 says which blocks are
 * free only to itself ({@code RandomAccessStore.freeSpace}), so it is read here by reflection, of the H2 version the
 * build pins; the test that searches a file's bytes for a forgotten name holds it to its word.
 */
final class FreeSpace {

    /** The MVStore file's block, in bytes (H2's {@code FileStore.BLOCK_SIZE}, which it keeps to itself too). */
    private static final int BLOCK = 4096;

    private FreeSpace() {
    }

    /** Zeroes every free block before the file's end; the caller lets no write run meanwhile. */
    static void zeroFreeBlocks(RandomAccessStore file) {
        FreeSpaceBitSet free = freeSpaceOf(file);
        long size = file.size();
        ByteBuffer zeros = ByteBuffer.allocate(BLOCK);
        try (FileChannel channel = FileChannel.open(Path.of(file.getFileName()), StandardOpenOption.WRITE)) {
            // The first two blocks are the file's headers, never free.
            for (long position = 2L * BLOCK; position + BLOCK <= size;
                 position += BLOCK) {
                if (free.isFree(position, BLOCK)) {
                    zeros.clear();
                    while (zeros.hasRemaining()) {
                        channel.write(zeros, position + zeros.position());
                    }
                }
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the free space of " + file.getFileName(), e);
        }
    }

    private static FreeSpaceBitSet freeSpaceOf(RandomAccessStore file) {
        try {
            Field field = RandomAccessStore.class.getDeclaredField("freeSpace");
            field.setAccessible(true);
            return (FreeSpaceBitSet) field.get(file);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("This H2 version hides its free space otherwise: the embedded store's "
                                            + "file cannot be cleared of what it no longer holds", e);
        }
    }
}
