package goodwill.query.depth;

import goodwill.query.web.CsvRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The breadth and depth report of a ledger as of a time. As CSV ({@code Accept: text/csv}), the contacts alone:
 * one {@link ContactDepth} row each.
 *
 * @param counts      how many contacts are at each depth, every depth named (the whole network, never filtered)
 * @param dormantTies most mattered first
 * @param contacts    deepest first, then by what they gave me, then by name; filtered by depth when asked
 */
public record DepthView(String ledgerId,
                        Instant asOf,
                        Map<Depth, Integer> counts,
                        TopDecileShare topDecileShare,
                        List<DormantTie> dormantTies,
                        List<ContactDepth> contacts) implements CsvRows {

    @Override
    public Table<ContactDepth> csvTable() {
        return new Table<>(contacts, ContactDepth.class);
    }
}
