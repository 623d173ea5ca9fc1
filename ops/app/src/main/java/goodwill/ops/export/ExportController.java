package goodwill.ops.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import goodwill.query.QueryClock;
import goodwill.storage.LedgerHistory;
import goodwill.storage.crypto.DataKeys;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A ledger's whole history as NDJSON ({@value #NDJSON}), streamed: a first line that names the format, its version,
 * the ledger and the moment of the export, then one line per event in recorded order. Only a member of the ledger
 * reaches it (a stranger is answered 404, as for a ledger that does not exist). The events hold their personal details
 * sealed, as stored, and the first line the people's data keys wrapped by the master key, which never leaves: the
 * export opens only where that key is (a restore here, or on a copy of the installation), and nothing of a person
 * forgotten before the export is in it.
 */
@RestController
record ExportController(LedgerHistory history, ObjectMapper json, QueryClock clock, DataKeys keys) {

    static final String NDJSON = "application/x-ndjson";
    /** What the first line of an export says it is; a restore reads it. */
    static final String FORMAT = "goodwill-ledger-export";
    static final int VERSION = 1;

    /**
     * The first line of an export.
     *
     * @param dataKeys  the data keys of the ledger's people, by person, wrapped by this installation's master key:
     *                  what the sealed details of the events open with, here or on a restore that has that key
     * @param forgotten the people of the ledger forgotten, whose keys are gone
     */
    record Header(String format, int version, String ledgerId, Instant exportedAt, Map<String, String> dataKeys,
                  List<String> forgotten) {
    }

    /**
     * The ledger's whole history as NDJSON: a first line naming the format ({@code goodwill-ledger-export}), its
     * version, the ledger, its people's data keys wrapped by the master key and the people forgotten, then one event
     * a line in recorded order, each with its position, eventId, type, revision, aggregateType, aggregateId, sequence,
     * occurredAt, recordedAt, recordedBy, correlationId and payload (its personal details sealed, as stored).
     */
    @GetMapping(path = "/api/ledgers/{ledgerId}/export", produces = NDJSON)
    void export(@PathVariable String ledgerId, HttpServletResponse response) throws IOException {
        String file = "goodwill-" + ledgerId.replaceAll("[^A-Za-z0-9._-]", "_") + ".ndjson";
        response.setContentType(NDJSON);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
        OutputStream lines = new BufferedOutputStream(response.getOutputStream());
        DataKeys.Exported sealedWith = keys.exported(ledgerId);
        line(lines, new Header(FORMAT, VERSION, ledgerId, clock.now(), sealedWith.wrapped(), sealedWith.forgotten()));
        history.each(ledgerId, event -> {
            try {
                line(lines, event);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        lines.flush();
    }

    /** One value as one line of JSON, ended by a newline. */
    private void line(OutputStream lines, Object value) throws IOException {
        lines.write(json.writeValueAsBytes(value));
        lines.write('\n');
    }
}
