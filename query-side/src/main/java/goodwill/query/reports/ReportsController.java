package goodwill.query.reports;

import goodwill.query.HandledTimes;
import goodwill.query.QueryClock;
import goodwill.query.ReadModel;
import goodwill.query.web.InvalidParameter;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retrospective reports, folded on every request from the ledger's history as {@link LedgerHistoryProjection} keeps
 * it (answered 503 while it is rebuilt). JSON, or with {@code Accept: text/csv} the rows of
 * one {@code section=}. A {@code date} is a day (the report stands at the end of it, UTC) or an ISO-8601 instant;
 * without one a report stands at the request's moment ({@link Clock} bean when there is exactly one).
 */
@RestController
@ReadModel(LedgerHistoryProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/reports")
class ReportsController {

    private static final MediaType CSV = new MediaType("text", "csv");

    /** The lists of an as-of report, each its own CSV. */
    enum AsOfSection {
        ADVOCATES, BALANCES, OWED_TO_ME, I_OWE, EMPTY_ACCOUNTS, DONT_INVEST
    }

    private final LedgerHistories histories;
    private final QueryClock clock;

    ReportsController(LedgerHistories histories, QueryClock clock) {
        this.histories = histories;
        this.clock = clock;
    }

    /**
     * The ledger as it stood on a past date, on either time axis: what had happened by then ({@code basis=occurred}),
     * or what the ledger said then, before later corrections ({@code basis=recorded}).
     */
    @GetMapping("/as-of")
    Object asOf(@PathVariable String ledgerId,
                @RequestParam(required = false) String date,
                @RequestParam(required = false) String basis,
                @RequestParam(required = false) String section,
                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        Basis on = basis(basis);
        Instant moment = moment("date", date);
        AsOfSection rows = section(section, AsOfSection.class, AsOfSection.BALANCES);
        LedgerHistories.History history = histories.of(ledgerId);
        AsOfReport report = report(history, moment, on);
        if (!wantsCsv(accept)) {
            return report;
        }
        return switch (rows) {
            case ADVOCATES -> report.advocates();
            case BALANCES -> report.balances();
            case OWED_TO_ME -> report.owedToMe();
            case I_OWE -> report.iOwe();
            case EMPTY_ACCOUNTS -> report.emptyAccounts();
            case DONT_INVEST -> report.dontInvest();
        };
    }

    /** How the ledger changed between two dates: balances, advocates and depth at each, and what moved. */
    @GetMapping("/compare")
    ComparisonReport compare(@PathVariable String ledgerId,
                             @RequestParam(required = false) String from,
                             @RequestParam(required = false) String to,
                             @RequestParam(required = false) String basis) {
        Basis on = basis(basis);
        Instant earlier = required("from", from);
        Instant later = required("to", to);
        if (later.isBefore(earlier)) {
            throw new InvalidParameter("to", "'" + to + "' is before from ('" + from + "').", null);
        }
        LedgerHistories.History history = histories.of(ledgerId);
        List<RecordedEvent> earlierSlice = AsOf.slice(history.events(), earlier, on);
        List<RecordedEvent> laterSlice = AsOf.slice(history.events(), later, on);
        return ComparisonReport.of(AsOfReport.of(ledgerId, history.meId(), earlierSlice, earlier, on), earlierSlice,
                                   AsOfReport.of(ledgerId, history.meId(), laterSlice, later, on), laterSlice);
    }

    /**
     * Return as a trailing measure: what each relationship returned and how long after I first invested, how long
     * reciprocations take, cohorts by first investment, and what my introductions led to.
     */
    @GetMapping("/returns")
    Object returns(@PathVariable String ledgerId,
                   @RequestParam(required = false) String period,
                   @RequestParam(required = false) String section,
                   @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        CohortPeriod cohorts = InvalidParameter.choice("period", period, CohortPeriod.class, CohortPeriod.QUARTER);
        TrailingReturns.Section rows = section(section, TrailingReturns.Section.class, TrailingReturns.Section.RELATIONSHIPS);
        LedgerHistories.History history = histories.of(ledgerId);
        TrailingReturns report = TrailingReturns.of(ledgerId, history.ledgerEvents(), clock.now(), cohorts);
        return wantsCsv(accept) ? report.csv(rows) : report;
    }

    /** Without a moment, every event recorded counts, on either basis: the report is then the live read models'. */
    private AsOfReport report(LedgerHistories.History history, Instant moment, Basis basis) {
        if (moment == null) {
            return AsOfReport.of(history.ledgerId(), history.meId(), history.events(), clock.now(), basis);
        }
        return AsOfReport.of(history.ledgerId(), history.meId(), AsOf.slice(history.events(), moment, basis), moment,
                             basis);
    }

    private static Basis basis(String basis) {
        return InvalidParameter.choice("basis", basis, Basis.class, Basis.OCCURRED);
    }

    private static Instant required(String parameter, String value) {
        Instant moment = moment(parameter, value);
        if (moment == null) {
            throw new InvalidParameter(parameter, "The parameter " + parameter + " is required: a day (YYYY-MM-DD) "
                    + "or an ISO-8601 instant.", null);
        }
        return moment;
    }

    /** A day means its end (its last instant, UTC); null when absent. */
    static Instant moment(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            Instant moment = text.length() == 10
                    ? LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                    : Instant.parse(text);
            if (HandledTimes.handled(moment)) {
                return moment;
            }
        } catch (DateTimeException e) {
            // refused below, as a time out of range is
        }
        throw new InvalidParameter(parameter, "'" + value + "' is not a valid " + parameter
                + "; allowed: a day (YYYY-MM-DD) or an ISO-8601 instant (2024-03-01T10:00:00Z), "
                + HandledTimes.IN_WORDS + ".", List.of("YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ"));
    }

    /** The section named, in any case, with {@code -} for {@code _}. */
    private static <E extends Enum<E>> E section(String section, Class<E> type, E absent) {
        return section == null || section.isBlank() ? absent
                : InvalidParameter.choice("section", section.replace('-', '_').toUpperCase(Locale.ROOT), type);
    }

    private static boolean wantsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                            .anyMatch(type -> !type.isWildcardType() && !type.isWildcardSubtype() && type.includes(CSV));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
