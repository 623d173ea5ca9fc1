package goodwill.ops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The measured figures, each beside the limit it is compared with. */
final class BenchReport {

    private final String setting;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchReport(String setting) {
        this.setting = setting;
    }

    void add(String what, Rate measured, Rate limit) {
        rows.add(new String[] {what, measured.toString(), limit == null ? "" : limit.toString(),
                               limit == null ? "" : String.format(Locale.ROOT, "%.2f", measured.perSecond() / limit.perSecond())});
    }

    /** Latencies have no ratio: the limit beside them is the floor any request pays, not a rate to reach. */
    void add(String what, Latencies measured, Latencies limit) {
        rows.add(new String[] {what, measured.toString(), limit == null ? "" : limit.toString(), ""});
    }

    /** A time taken, once: how long something took to happen, beside nothing. */
    void add(String what, Duration took) {
        rows.add(new String[] {what, String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1e3), "", ""});
    }

    void note(String note) {
        notes.add(note);
    }

    String table() {
        StringBuilder table = new StringBuilder(setting).append('\n');
        if (!rows.isEmpty()) {
            table.append("| measured | rate | limit it is compared with | ratio |\n|---|---|---|---|\n");
        }
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        notes.forEach(note -> table.append('\n').append(note).append('\n'));
        return table.toString();
    }

    /** How long each of a number of operations took, as percentiles. */
    record Latencies(String what, long[] nanos) {

        Latencies {
            nanos = nanos.clone();
            Arrays.sort(nanos);
        }

        double percentileMillis(double percentile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (%s: %,d)", percentileMillis(50),
                                 percentileMillis(95), percentileMillis(100), what, nanos.length);
        }
    }

    /** {@code count} things of {@code unit} in {@code nanos}, with what they were. */
    record Rate(String what, long count, long nanos, String unit) {

        double perSecond() {
            return count / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,.0f %s/s (%s: %,d in %.1f s)", perSecond(), unit, what, count, nanos / 1e9);
        }
    }
}
