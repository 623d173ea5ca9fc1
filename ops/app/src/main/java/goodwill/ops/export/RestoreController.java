package goodwill.ops.export;

import goodwill.command.CommandSideProperties;
import goodwill.command.Ids;
import goodwill.command.imports.ContactFile;
import goodwill.command.web.RequestBodyLimit;
import goodwill.command.web.RequestMetadata;
import goodwill.ops.export.LedgerRestore.Restored;
import goodwill.web.ProblemResponses;
import goodwill.web.ProblemResponses.FieldProblem;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A ledger restored from its export, under a ledger id that is not taken: see {@link LedgerRestore}. */
@RestController
class RestoreController {

    private final LedgerRestore restore;
    private final long limit;

    RestoreController(LedgerRestore restore, CommandSideProperties properties) {
        this.restore = restore;
        this.limit = properties.maxImportFile().toBytes();
    }

    /**
     * Restores a ledger from its export ({@code GET …/export}, NDJSON) under this ledger id, which must not be taken:
     * every event with its original times, recorder and correlation id, so that every view of the new ledger answers
     * as the original's did. The one restoring becomes its OWNER; who had access to the original is not restored.
     * A file cut short or edited (a line that is no event, a gap in an aggregate's events, an unknown event type)
     * restores nothing and names its line.
     */
    // Described with the imports of contacts, whose path and method it shares (one operation in the description).
    @Hidden
    @PostMapping(path = "/api/ledgers/{ledgerId}/imports", params = "format=goodwill",
                 consumes = {ExportController.NDJSON, "application/json", "text/plain", "application/octet-stream",
                             MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<Object> restore(@PathVariable String ledgerId, HttpServletRequest request)
            throws IOException, ServletException {
        if (!ledgerId.matches(Ids.PATTERN)) {
            return ProblemResponses.invalidRequest(List.of(new FieldProblem(
                    "ledgerId", "must be a UUID or a slug of letters, digits, '.', '_', '~' and '-', up to 64")));
        }
        RequestMetadata metadata = RequestMetadata.resolve(request);
        String username = SecurityContextHolder.getContext().getAuthentication().getName();
        try (Reader export = ContactFile.text(RequestBodyLimit.uploaded(request, limit))) {
            Restored restored = restore.restore(ledgerId, export, username, metadata.asMetaData());
            return ResponseEntity.created(URI.create("/api/ledgers/" + ledgerId)).body(restored);
        }
    }
}
