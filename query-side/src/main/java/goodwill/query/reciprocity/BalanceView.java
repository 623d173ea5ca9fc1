package goodwill.query.reciprocity;

import goodwill.query.reciprocity.Exchange.Direction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Me's balance with one contact, as the API shows it. Ages and overdue are computed for {@code asOf}, the moment
 * of the query, never stored.
 *
 * @param balance              given minus received, weighted: above zero the contact owes me, below zero I owe them
 * @param lastGivenAt          when me last did the contact a favor, or null
 * @param lastReceivedAt       when the contact last did me a favor, or null
 * @param displayName          the contact's name, or null when the read model has not seen one
 * @param archived             whether the contact was archived
 * @param mergedInto           the contact this one was merged into, whose balance now holds its history; or null
 * @param oldestUnreciprocated each way, the earliest favor not reciprocated yet ({@link Reciprocation})
 * @param unreciprocated       each way, every favor not reciprocated yet, oldest first: what a new favor may return
 * @param openCommitments      the commitments still open, made by me to the contact and by them to me
 * @param asks                 the asks made by me of the contact and by them of me, and how they were answered
 */
public record BalanceView(String ledgerId,
                          String contactId,
                          Tally given,
                          Tally received,
                          double balance,
                          Instant lastGivenAt,
                          Instant lastReceivedAt,
                          String displayName,
                          boolean archived,
                          String mergedInto,
                          Instant asOf,
                          Unreciprocated oldestUnreciprocated,
                          Open unreciprocated,
                          Ways<OpenCommitments> openCommitments,
                          Ways<Asks> asks) {

    /** The oldest favor me gave that the contact has not reciprocated, and the other way round; each may be null. */
    public record Unreciprocated(UnreciprocatedFavor given, UnreciprocatedFavor received) {
    }

    /** The favors me gave that the contact has not reciprocated yet, and the other way round, oldest first. */
    public record Open(List<UnreciprocatedFavor> given, List<UnreciprocatedFavor> received) {
    }

    /**
     * @param ageDays     whole days from when it was done to {@code asOf}
     * @param outstanding what is left of its weighted value after partial returns
     */
    public record UnreciprocatedFavor(String favorId, Instant occurredAt, long ageDays, double outstanding) {

        static UnreciprocatedFavor of(Reciprocation.Open open, Instant asOf) {
            return new UnreciprocatedFavor(open.favorId(), open.occurredAt(), open.ageDays(asOf), open.outstanding());
        }
    }

    /** Something of both ways: made by me, and made by the contact to me. */
    public record Ways<T>(T byMe, T toMe) {
    }

    public record OpenCommitments(int count, List<OpenCommitment> commitments) {
    }

    /** @param overdue due before the day of {@code asOf} (UTC) */
    public record OpenCommitment(String commitmentId, String what, LocalDate dueOn, Instant madeAt, boolean overdue) {
    }

    /** Asks one way, counted by how they were answered, and the asks themselves in the order they were made. */
    public record Asks(int count, int helped, int declined, int noResponse, int unanswered, List<AskView> asks) {

        static Asks of(List<AskView> asks) {
            return new Asks(asks.size(), count(asks, AskStatus.HELPED), count(asks, AskStatus.DECLINED),
                            count(asks, AskStatus.NO_RESPONSE), count(asks, AskStatus.UNANSWERED), asks);
        }

        private static int count(List<AskView> asks, AskStatus status) {
            return (int) asks.stream().filter(ask -> ask.status() == status).count();
        }
    }

    static BalanceView of(ReciprocityBalance balance, String mergedInto, Instant asOf) {
        Open open = new Open(unreciprocated(balance, Direction.GIVEN, asOf),
                             unreciprocated(balance, Direction.RECEIVED, asOf));
        Unreciprocated oldest = new Unreciprocated(open.given().stream().findFirst().orElse(null),
                                                   open.received().stream().findFirst().orElse(null));
        return new BalanceView(balance.ledgerId(), balance.contactId(), balance.given(), balance.received(),
                               balance.balance(), balance.lastGivenAt(), balance.lastReceivedAt(),
                               balance.displayName(), balance.archived(), mergedInto, asOf, oldest, open,
                               new Ways<>(openCommitments(balance, Way.BY_ME, asOf), openCommitments(balance, Way.TO_ME, asOf)),
                               new Ways<>(asks(balance, Way.BY_ME), asks(balance, Way.TO_ME)));
    }

    private static List<UnreciprocatedFavor> unreciprocated(ReciprocityBalance balance, Direction direction,
                                                            Instant asOf) {
        return balance.unreciprocated(direction).stream().map(favor -> UnreciprocatedFavor.of(favor, asOf)).toList();
    }

    private static OpenCommitments openCommitments(ReciprocityBalance balance, Way way, Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        List<OpenCommitment> open = balance.openPromises(way).stream()
                .map(Promise::commitment)
                .map(c -> new OpenCommitment(c.commitmentId(), c.what(), c.dueOn(), c.madeAt(), c.overdue(today)))
                .toList();
        return new OpenCommitments(open.size(), open);
    }

    private static Asks asks(ReciprocityBalance balance, Way way) {
        return Asks.of(balance.asks(way).stream().map(ask -> AskView.of(ask, balance)).toList());
    }
}
