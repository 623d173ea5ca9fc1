package goodwill.ops.bench;

import java.nio.file.Path;

/**
 * What one query-side bench run does: the sample network cloned up to at least {@code events} events, how
 * many GETs per query path, and the steady write load (favors per second, for how long) the lag is measured
 * under.
 */
record QuerySideSettings(int events, int queries, int lagRate, int lagSeconds, Path dataDirectory) {
}
