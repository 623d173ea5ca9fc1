package goodwill.storage;

import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVStore;

/**
 * What the embedded server's store has done since it was opened, and how its file is used: where the
 * bytes and the commits go. The bench prints these beside its rates.
 *
 * @param writes          write commands applied
 * @param journaledWrites of those, the ones sent with {@code j:true}, each answered after a commit
 * @param commits         commits (each followed by a sync), journaled and periodic
 * @param bytesWritten    bytes written to the file: chunks, headers, rewrites and moves
 * @param fileBytes       the size of the file
 * @param fileFillPercent how much of the file the chunks take
 * @param chunkFillPercent how much of the chunks' bytes is live
 * @param chunks          chunks in the file
 * @param fileRewrites    rewrites of the whole file, each after a person was forgotten
 */
public record StoreStatistics(long writes, long journaledWrites, long commits, long bytesWritten, long fileBytes,
                              int fileFillPercent, int chunkFillPercent, long chunks, long fileRewrites) {

    static StoreStatistics of(MVStore store, long writes, long journaledWrites, long commits, long fileRewrites) {
        Map<String, String> info = new HashMap<>();
        store.populateInfo(info::put);
        return new StoreStatistics(writes, journaledWrites, commits,
                                   Long.parseLong(info.getOrDefault("info.FILE_WRITE_BYTES", "0")),
                                   Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0")),
                                   Integer.parseInt(info.getOrDefault("info.FILL_RATE", "0")),
                                   Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "0")),
                                   Long.parseLong(info.getOrDefault("info.CHUNK_COUNT", "0")), fileRewrites);
    }

    /** The difference from an earlier snapshot of the same store: what happened in between, and the file now. */
    public StoreStatistics since(StoreStatistics earlier) {
        return new StoreStatistics(writes - earlier.writes, journaledWrites - earlier.journaledWrites,
                                   commits - earlier.commits, bytesWritten - earlier.bytesWritten, fileBytes,
                                   fileFillPercent, chunkFillPercent, chunks, fileRewrites - earlier.fileRewrites);
    }

    @Override
    public String toString() {
        return String.format("%,d writes (%,d journaled), %,d commits, %,d KiB written (%,d bytes a commit); "
                                     + "file %,d KiB, %d%% of it in chunks, chunks %d%% live, %,d chunks",
                             writes, journaledWrites, commits, bytesWritten >> 10,
                             commits == 0 ? 0 : bytesWritten / commits, fileBytes >> 10, fileFillPercent,
                             chunkFillPercent, chunks);
    }
}
