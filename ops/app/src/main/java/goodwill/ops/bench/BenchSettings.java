package goodwill.ops.bench;

import java.nio.file.Path;

/**
 * What one bench run does: how many favors through the command bus and through HTTP, from how many concurrent
 * clients, how many raw inserts, where.
 */
record BenchSettings(int events, int httpFavors, int clients, int rawInserts, Path dataDirectory) {
}
