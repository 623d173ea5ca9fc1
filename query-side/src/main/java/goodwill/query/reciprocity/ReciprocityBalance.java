package goodwill.query.reciprocity;

import goodwill.events.AskAnswered;
import goodwill.events.CommitmentResolution;
import goodwill.query.commitments.CommitmentState;
import goodwill.query.commitments.CommitmentsFold;
import goodwill.query.reciprocity.Exchange.Direction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where me stands with one contact: every favor, commitment and ask between the two, from which the tallies,
 * the balance and the derived lists are computed. Keeping the facts, not only the sums, makes counting one twice
 * impossible, and lets a later retraction, amendment or merge be taken out or moved again. Nothing here depends
 * on the day it is read: what does (ages, overdue) takes the day as a parameter.
 *
 * @param displayName the contact's name as last changed, or null (a balance stored before names were kept)
 * @param archived    whether the contact was archived: still listed, marked
 * @param exchanges   the favors, in the order they occurred (then by id)
 * @param promises    the commitments either way, in the order they were made
 * @param asks        the asks either way, in the order they were made
 */
public record ReciprocityBalance(String ledgerId, String meId, String contactId, String displayName,
                                 boolean archived, List<Exchange> exchanges, List<Promise> promises, List<AskRecord> asks) {

    private static final Comparator<AskRecord> BY_ASKED_AT = Comparator
            .comparing(AskRecord::askedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(AskRecord::askId);

    private static final Comparator<Promise> BY_DUE_DAY = Comparator
            .comparing((Promise promise) -> promise.commitment().dueOn(),
                       Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(promise -> promise.commitment().madeAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(promise -> promise.commitment().commitmentId());

    public ReciprocityBalance {
        exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
        promises = promises == null ? List.of() : List.copyOf(promises);
        asks = asks == null ? List.of() : List.copyOf(asks);
    }

    /** A relationship in which nothing has been exchanged yet. */
    public static ReciprocityBalance empty(String ledgerId, String meId, String contactId) {
        return new ReciprocityBalance(ledgerId, meId, contactId, null, false, List.of(), List.of(), List.of());
    }

    /** How the contact is called in words meant for people: their name, or their id when none is known. */
    public String name() {
        return displayName == null || displayName.isBlank() ? contactId : displayName;
    }

    ReciprocityBalance named(String name) {
        return new ReciprocityBalance(ledgerId, meId, contactId, name, archived, exchanges, promises, asks);
    }

    ReciprocityBalance archive() {
        return new ReciprocityBalance(ledgerId, meId, contactId, displayName, true, exchanges, promises, asks);
    }

    /** The balance with the exchange counted; an exchange of the same favor is replaced, not added. */
    ReciprocityBalance with(Exchange exchange) {
        List<Exchange> changed = new ArrayList<>(exchanges);
        changed.removeIf(counted -> counted.favorId().equals(exchange.favorId()));
        changed.add(exchange);
        return withExchanges(changed);
    }

    /** The balance without the favor: retracted, or no longer between me and this contact. */
    ReciprocityBalance without(String favorId) {
        List<Exchange> changed = new ArrayList<>(exchanges);
        changed.removeIf(counted -> counted.favorId().equals(favorId));
        return withExchanges(changed);
    }

    /** The balance with the commitment; one kept already (the event seen again) stays as it is, resolution and all. */
    ReciprocityBalance with(Promise promise) {
        return new ReciprocityBalance(ledgerId, meId, contactId, displayName, archived, exchanges,
                                      withNew(promises, promise, kept -> kept.commitment().commitmentId()), asks);
    }

    ReciprocityBalance resolved(CommitmentResolution resolution) {
        List<Promise> changed = promises.stream()
                .map(promise -> promise.commitment().commitmentId().equals(resolution.commitmentId())
                        ? new Promise(promise.way(), CommitmentsFold.resolved(promise.commitment(), resolution))
                        : promise)
                .toList();
        return new ReciprocityBalance(ledgerId, meId, contactId, displayName, archived, exchanges, changed, asks);
    }

    /** The balance with the ask; one kept already (the event seen again) stays as it is, answer and all. */
    ReciprocityBalance with(AskRecord ask) {
        return new ReciprocityBalance(ledgerId, meId, contactId, displayName, archived, exchanges, promises,
                                      withNew(asks, ask, AskRecord::askId));
    }

    ReciprocityBalance answered(AskAnswered answer) {
        List<AskRecord> changed = asks.stream()
                .map(ask -> ask.askId().equals(answer.askId()) ? ask.answeredBy(answer) : ask)
                .toList();
        return new ReciprocityBalance(ledgerId, meId, contactId, displayName, archived, exchanges, promises, changed);
    }

    /** The balance with every favor, commitment and ask of another counted too (one in both counts once). */
    ReciprocityBalance withAllOf(ReciprocityBalance other) {
        ReciprocityBalance merged = this;
        for (Exchange exchange : other.exchanges) {
            merged = merged.with(exchange);
        }
        for (Promise promise : other.promises) {
            merged = merged.with(promise);
        }
        for (AskRecord ask : other.asks) {
            merged = merged.with(ask);
        }
        return merged;
    }

    /** What me gave the contact. */
    public Tally given() {
        return tally(Direction.GIVEN);
    }

    /** What me received from the contact. */
    public Tally received() {
        return tally(Direction.RECEIVED);
    }

    /** Given minus received, weighted: above zero, the contact owes me; below zero, I owe them. */
    public double balance() {
        return given().weighted() - received().weighted();
    }

    /** When me last did the contact a favor, or null. */
    public Instant lastGivenAt() {
        return last(Direction.GIVEN);
    }

    /** When the contact last did me a favor, or null. */
    public Instant lastReceivedAt() {
        return last(Direction.RECEIVED);
    }

    /** The earliest favor this way that was not reciprocated yet, by the rule of {@link Reciprocation}. */
    public Optional<Reciprocation.Open> oldestUnreciprocated(Direction direction) {
        return unreciprocated(direction).stream().findFirst();
    }

    /** The favors this way not reciprocated yet, by the rule of {@link Reciprocation}, oldest first. */
    public List<Reciprocation.Open> unreciprocated(Direction direction) {
        return Reciprocation.open(exchanges).stream().filter(open -> open.direction() == direction).toList();
    }

    /** The commitments this way still open, by due day (none last), then when made. */
    public List<Promise> openPromises(Way way) {
        return promises.stream()
                       .filter(promise -> promise.way() == way && promise.commitment().status() == CommitmentState.OPEN)
                       .sorted(BY_DUE_DAY)
                       .toList();
    }

    /** The asks this way, answered or not, in the order they were made. */
    public List<AskRecord> asks(Way way) {
        return asks.stream().filter(ask -> ask.way() == way).sorted(BY_ASKED_AT).toList();
    }

    /**
     * Whether the ask drew on an empty account: me asked, and had given the contact nothing (no favor counted
     * here, that is not retracted) that occurred before the ask.
     */
    public boolean emptyAccount(AskRecord ask) {
        return ask.way() == Way.BY_ME && exchanges.stream().noneMatch(
                exchange -> exchange.direction() == Direction.GIVEN && exchange.occurredAt() != null
                        && ask.askedAt() != null && exchange.occurredAt().isBefore(ask.askedAt()));
    }

    /** The list with the item added at its end, unless one of the same id is kept already. */
    private static <T> List<T> withNew(List<T> kept, T added, Function<T, String> idOf) {
        String id = idOf.apply(added);
        if (kept.stream().anyMatch(item -> idOf.apply(item).equals(id))) {
            return kept;
        }
        List<T> changed = new ArrayList<>(kept);
        changed.add(added);
        return changed;
    }

    /** Kept in the order they occurred, so that a balance is the same whatever order its favors were counted in. */
    private ReciprocityBalance withExchanges(List<Exchange> changed) {
        changed.sort(Reciprocation.BY_OCCURRED_AT);
        return new ReciprocityBalance(ledgerId, meId, contactId, displayName, archived, changed, promises, asks);
    }

    private Tally tally(Direction direction) {
        Tally tally = Tally.NONE;
        for (Exchange exchange : exchanges) {
            if (exchange.direction() == direction) {
                tally = tally.plus(exchange);
            }
        }
        return tally;
    }

    private Instant last(Direction direction) {
        return exchanges.stream()
                        .filter(exchange -> exchange.direction() == direction)
                        .map(Exchange::occurredAt)
                        .filter(Objects::nonNull)
                        .max(Instant::compareTo)
                        .orElse(null);
    }
}
