package goodwill.query.journal;

import goodwill.query.HandledTimes;
import goodwill.query.ReadModel;
import goodwill.query.web.InvalidParameter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ledger's journal, newest first, as JSON or ({@code Accept: text/csv}) CSV. Parameters are read here, so
 * that every bad one is answered with a 400 problem naming it ({@code invalid-query}).
 */
@RestController
@ReadModel(JournalProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/journal")
class JournalController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final String NEXT_CURSOR_HEADER = "Next-Cursor";

    private final JournalQueries queries;

    JournalController(JournalQueries queries) {
        this.queries = queries;
    }

    /** JSON, or with {@code Accept: text/csv} the page as CSV; either way the next page's cursor in a header too. */
    @GetMapping
    ResponseEntity<JournalPage> journal(@PathVariable String ledgerId,
                                        @RequestParam(required = false) String contact,
                                        @RequestParam(required = false) List<String> type,
                                        @RequestParam(required = false) String from,
                                        @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String basis,
                                        @RequestParam(required = false) String cursor,
                                        @RequestParam(required = false) String limit) {
        FindJournal query = read(ledgerId, contact, type, from, to, basis, cursor, limit);
        JournalPage page = queries.answer(query);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.nextCursor() != null) {
            answer.header(NEXT_CURSOR_HEADER, page.nextCursor());
        }
        return answer.body(page);
    }

    /** One entry, linked from the corrections that name it; JSON only. */
    @GetMapping(path = "/{eventId}", produces = MediaType.APPLICATION_JSON_VALUE)
    JournalEntry entry(@PathVariable String ledgerId, @PathVariable String eventId) {
        return queries.answer(new FindJournalEntry(ledgerId, eventId));
    }

    @ExceptionHandler(InvalidJournalQuery.class)
    ResponseEntity<ProblemDetail> invalid(InvalidJournalQuery e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("code", "invalid-query");
        problem.setProperty("errors", e.errors());
        if (e.errors().stream().anyMatch(error -> error.parameter().equals("type"))) {
            problem.setProperty("allowedTypes", Journal.TYPES);
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static FindJournal read(String ledgerId, String contact, List<String> type, String from, String to,
                                    String basis, String cursor, String limit) {
        List<InvalidJournalQuery.BadParameter> errors = new ArrayList<>();
        List<String> types = type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).distinct().toList();
        List<String> unknown = types.stream().filter(t -> !Journal.TYPES.contains(t)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new InvalidJournalQuery.BadParameter("type", "Unknown event types " + unknown
                    + "; the journal knows " + Journal.TYPES + "."));
        }
        Instant fromTime = instant("from", from, errors);
        Instant toTime = instant("to", to, errors);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            errors.add(new InvalidJournalQuery.BadParameter("to", "'to' must be after 'from'."));
        }
        JournalBasis onBasis = JournalBasis.OCCURRED;
        if (basis != null) {
            try {
                onBasis = JournalBasis.valueOf(basis.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidJournalQuery.BadParameter("basis", "The basis is 'occurred' or 'recorded'."));
            }
        }
        JournalCursor after = null;
        if (cursor != null) {
            try {
                after = JournalCursor.decode(cursor);
                if (after.basis() != onBasis) {
                    errors.add(new InvalidJournalQuery.BadParameter("cursor", "The cursor was made for basis '"
                            + after.basis().parameter() + "'."));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidJournalQuery.BadParameter("cursor", "Not a cursor this journal gave out."));
            }
        }
        int pageSize = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                pageSize = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                pageSize = -1;
            }
            if (pageSize < 1 || pageSize > MAX_LIMIT) {
                errors.add(new InvalidJournalQuery.BadParameter("limit", "The limit is a whole number from 1 to "
                        + MAX_LIMIT + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidJournalQuery(errors);
        }
        return new FindJournal(ledgerId, InvalidParameter.filter(contact), types, fromTime, toTime, onBasis, after, pageSize);
    }

    private static Instant instant(String parameter, String text, List<InvalidJournalQuery.BadParameter> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant moment = HandledTimes.parse(text);
        if (moment != null) {
            return moment;
        }
        errors.add(new InvalidJournalQuery.BadParameter(parameter, "An ISO-8601 instant such as 2024-03-01T10:00:00Z, "
                + HandledTimes.IN_WORDS + "."));
        return null;
    }
}
