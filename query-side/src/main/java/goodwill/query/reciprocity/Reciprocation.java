package goodwill.query.reciprocity;

import goodwill.query.reciprocity.Exchange.Direction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which favors of a relationship are reciprocated, and which still wait for a return. The rule, for the favors
 * counted in one balance (retracted ones gone, amended ones as amended, a merged contact's included):
 * <ol>
 *   <li>A favor that names a favor of the other way as the one it reciprocates ({@code reciprocatesFavorId}),
 *       one counted in this balance and earlier in the order of (2), reciprocates it:
 *       the named favor is reciprocated, whatever the two are worth, and the naming favor is spent on it: it
 *       covers nothing else and waits for nothing itself.</li>
 *   <li>Every other favor, in the order they occurred (then by favor id), first covers with its weighted value
 *       ({@link goodwill.query.FavorWeight}) the favors of the other way still open, oldest first; what is left of
 *       its value keeps it open, until later favors of the other way cover that too. A favor named by a later one
 *       (1) covers like any other, but is never open itself.</li>
 *   <li>A favor is reciprocated once it is named (1) or covered in full (2). The oldest unreciprocated favor of a
 *       way is the earliest one still open, and what is left of its value is what remains outstanding.</li>
 * </ol>
 * So value given and returned settles oldest first, like lots, and an explicit link always wins over value.
 */
public final class Reciprocation {

    /** Below this, what is left of a value is nothing: values are multiples of a half, so only rounding. */
    private static final double NOTHING = 1e-9;

    /** When each favor occurred, then by id: the order favors cover each other in, and the order a balance keeps. */
    static final Comparator<Exchange> BY_OCCURRED_AT = Comparator
            .comparing(Exchange::occurredAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Exchange::favorId);

    private Reciprocation() {
    }

    /**
     * A favor still waiting for its return.
     *
     * @param outstanding what is left of its weighted value
     */
    public record Open(String favorId, Direction direction, Instant occurredAt, double outstanding) {

        /** Whole days from when it was done to {@code asOf}; never below zero. */
        public long ageDays(Instant asOf) {
            return occurredAt == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(occurredAt, asOf));
        }
    }

    /** The favors not reciprocated yet, either way, oldest first. */
    public static List<Open> open(List<Exchange> exchanges) {
        Map<String, Exchange> byId = new HashMap<>();
        exchanges.forEach(exchange -> byId.put(exchange.favorId(), exchange));
        Set<String> named = new HashSet<>();
        Set<String> returns = new HashSet<>();
        for (Exchange exchange : exchanges) {
            Exchange earlier = exchange.reciprocatesFavorId() == null ? null : byId.get(exchange.reciprocatesFavorId());
            if (earlier != null && earlier.direction() != exchange.direction()
                    && BY_OCCURRED_AT.compare(earlier, exchange) < 0) {
                named.add(earlier.favorId());
                returns.add(exchange.favorId());
            }
        }
        Map<Direction, Deque<Open>> waiting = new EnumMap<>(Direction.class);
        for (Direction direction : Direction.values()) {
            waiting.put(direction, new ArrayDeque<>());
        }
        List<Exchange> ordered = new ArrayList<>(exchanges);
        ordered.sort(BY_OCCURRED_AT);
        for (Exchange exchange : ordered) {
            if (returns.contains(exchange.favorId())) {
                continue;
            }
            double left = exchange.value();
            Deque<Open> other = waiting.get(exchange.direction().opposite());
            while (left > NOTHING && !other.isEmpty()) {
                Open oldest = other.pollFirst();
                if (oldest.outstanding() > left + NOTHING) {
                    other.addFirst(new Open(oldest.favorId(), oldest.direction(), oldest.occurredAt(),
                                            oldest.outstanding() - left));
                    left = 0;
                } else {
                    left -= oldest.outstanding();
                }
            }
            if (left > NOTHING && !named.contains(exchange.favorId())) {
                waiting.get(exchange.direction()).addLast(
                        new Open(exchange.favorId(), exchange.direction(), exchange.occurredAt(), left));
            }
        }
        List<Open> open = new ArrayList<>();
        waiting.values().forEach(open::addAll);
        open.sort(Comparator.comparing(Open::occurredAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                            .thenComparing(Open::favorId));
        return open;
    }
}
