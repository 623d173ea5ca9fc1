package goodwill.ops.bench;

import java.nio.file.Path;

/** What one bench run does: how many favors, from how many concurrent clients, how many raw inserts, where. */
record BenchSettings(int events, int clients, int rawInserts, Path dataDirectory) {
}
