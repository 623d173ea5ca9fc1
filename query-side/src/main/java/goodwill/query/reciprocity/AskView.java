package goodwill.query.reciprocity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One ask between me and a contact as the API shows it.
 *
 * @param favorId  the favor that helped, or null
 * @param warnings an {@value Warning#EMPTY_ACCOUNT} warning when me asked someone me had given nothing before;
 *                 empty otherwise
 */
public record AskView(String askId, String what, Instant askedAt, AskStatus status, Instant answeredAt,
                      String favorId, List<Warning> warnings) {

    static AskView of(AskRecord ask, ReciprocityBalance balance) {
        AskStatus status = ask.outcome() == null ? AskStatus.UNANSWERED : AskStatus.valueOf(ask.outcome().name());
        List<Warning> warnings = balance.emptyAccount(ask)
                ? List.of(new Warning(Warning.EMPTY_ACCOUNT, "You had not done anything for " + balance.name()
                        + " before this ask" + (ask.askedAt() == null ? "" : " on " + day(ask.askedAt()))
                        + ", so it drew on an empty account. Giving first makes the next ask easier."))
                : List.of();
        return new AskView(ask.askId(), ask.what(), ask.askedAt(), status, ask.answeredAt(), ask.favorId(), warnings);
    }

    /** The day, in UTC, as words for people show it. */
    static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
