package goodwill.query.reciprocity;

import goodwill.events.AskOutcome;
import goodwill.query.reciprocity.Exchange.Direction;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lists derived from balances, as pure functions: who owes me, whom I owe, the empty accounts I drew on, and
 * whom to stop investing in for now. Each takes the balances of the contacts that count (a merged contact's are
 * its survivor's, so it is never listed); none depends on the day it is read.
 */
public final class ReciprocityLists {

    /** How many of me's asks, declined or left without response, make "repeated asks". */
    public static final int REPEATED_ASKS = 2;

    /** Neutral order for the lists that are about people rather than amounts: by name, ignoring case, then id. */
    static final Comparator<ReciprocityBalance> BY_NAME = Comparator
            .comparing((ReciprocityBalance balance) -> balance.name().toLowerCase(Locale.ROOT))
            .thenComparing(ReciprocityBalance::contactId);

    private ReciprocityLists() {
    }

    /** The contacts whose balance is above zero (they owe me), the largest first, then by contact id. */
    public static List<ReciprocityBalance> owedToMe(Collection<ReciprocityBalance> balances) {
        return balances.stream()
                       .filter(balance -> balance.balance() > 0)
                       .sorted(Comparator.comparingDouble(ReciprocityBalance::balance).reversed()
                                         .thenComparing(ReciprocityBalance::contactId))
                       .toList();
    }

    /** The contacts whose balance is below zero (I owe them), the largest debt first, then by contact id. */
    public static List<ReciprocityBalance> iOwe(Collection<ReciprocityBalance> balances) {
        return balances.stream()
                       .filter(balance -> balance.balance() < 0)
                       .sorted(Comparator.comparingDouble(ReciprocityBalance::balance)
                                         .thenComparing(ReciprocityBalance::contactId))
                       .toList();
    }

    /**
     * The contact, when me asked them for help at least once without having given them anything before the ask
     * (see {@link ReciprocityBalance#emptyAccount}), with those asks; answered or not, they all count.
     */
    public static Optional<EmptyAccount> emptyAccount(ReciprocityBalance balance) {
        List<AskView> asks = balance.asks(Way.BY_ME).stream()
                                    .filter(balance::emptyAccount)
                                    .map(ask -> AskView.of(ask, balance))
                                    .toList();
        return asks.isEmpty() ? Optional.empty()
                : Optional.of(new EmptyAccount(balance.contactId(), balance.displayName(), balance.archived(), asks));
    }

    /**
     * The contact, when all of this holds: me did them at least one favor; at least {@value #REPEATED_ASKS} of
     * me's asks of them made after the last of those favors were declined or left without response; none of those
     * later asks was answered with help; and they did me no favor after that last one. Asks not answered yet count
     * neither way. The reasons say so in kind words, with dates (UTC) and counts.
     */
    public static Optional<DontInvest> dontInvest(ReciprocityBalance balance) {
        Instant lastGiven = balance.lastGivenAt();
        if (lastGiven == null || balance.exchanges().stream().anyMatch(
                exchange -> exchange.direction() == Direction.RECEIVED && exchange.occurredAt() != null
                        && exchange.occurredAt().isAfter(lastGiven))) {
            return Optional.empty();
        }
        List<AskRecord> since = balance.asks(Way.BY_ME).stream()
                                 .filter(ask -> ask.askedAt() != null && ask.askedAt().isAfter(lastGiven))
                                 .toList();
        List<AskRecord> unhelped = since.stream().filter(AskRecord::unhelped).toList();
        if (since.stream().anyMatch(AskRecord::helped) || unhelped.size() < REPEATED_ASKS) {
            return Optional.empty();
        }
        List<String> reasons = List.of(helped(balance.name(), balance.given().count(), lastGiven),
                                       unanswered(unhelped),
                                       "Consider pausing new investment; nothing is owed.");
        return Optional.of(new DontInvest(balance.contactId(), balance.displayName(), balance.archived(),
                                          balance.given().count(), lastGiven,
                                          unhelped.stream().map(ask -> AskView.of(ask, balance)).toList(), reasons));
    }

    private static String helped(String name, int times, Instant last) {
        return times == 1
                ? "You helped " + name + " once, on " + AskView.day(last) + "."
                : "You helped " + name + " " + times + " times, last on " + AskView.day(last) + ".";
    }

    private static String unanswered(List<AskRecord> asks) {
        String days = inWords(asks.stream().map(ask -> AskView.day(ask.askedAt())).toList());
        long declined = asks.stream().filter(ask -> ask.outcome() == AskOutcome.DECLINED).count();
        long noResponse = asks.size() - declined;
        if (declined == 0) {
            return "Your " + asks.size() + " asks since, on " + days + ", went unanswered.";
        }
        if (noResponse == 0) {
            return "Your " + asks.size() + " asks since, on " + days + ", were declined.";
        }
        return "Of your " + asks.size() + " asks since, on " + days + ", " + declined
                + (declined == 1 ? " was" : " were") + " declined and " + noResponse + " went unanswered.";
    }

    /** "a", "a and b", "a, b and c". */
    private static String inWords(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
