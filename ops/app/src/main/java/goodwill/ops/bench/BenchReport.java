package goodwill.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measured figures, each beside the limit it is compared with. */
final class BenchReport {

    private final String setting;
    private final List<String[]> rows = new ArrayList<>();

    BenchReport(String setting) {
        this.setting = setting;
    }

    void add(String what, Rate measured, Rate limit) {
        rows.add(new String[] {what, measured.toString(), limit == null ? "" : limit.toString(),
                               limit == null ? "" : String.format(Locale.ROOT, "%.2f", measured.perSecond() / limit.perSecond())});
    }

    String table() {
        StringBuilder table = new StringBuilder(setting).append('\n');
        table.append("| measured | rate | limit it is compared with | ratio |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return table.toString();
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
