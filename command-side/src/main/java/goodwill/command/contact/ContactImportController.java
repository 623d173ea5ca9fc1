package goodwill.command.contact;

import goodwill.command.CommandSideProperties;
import goodwill.command.contact.ContactImports.ImportView;
import goodwill.command.contact.ContactImports.State;
import goodwill.command.imports.ContactFile;
import goodwill.command.imports.ContactFile.Unreadable;
import goodwill.command.imports.LinkedInConnections;
import goodwill.command.imports.MappedCsvContacts;
import goodwill.command.imports.VCardContacts;
import goodwill.command.web.IdempotencyKey;
import goodwill.command.web.RequestBodyLimit;
import goodwill.command.web.RequestMetadata;
import goodwill.web.ProblemResponses;
import goodwill.web.ProblemResponses.FieldProblem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports of a ledger's contacts from a file: LinkedIn's connections export, an address book's vCards, or a
 * spreadsheet's CSV. The file is the body (or the {@code file} part of a form); an import answers what it adds,
 * changes, leaves unchanged and skips, and every problem by line.
 */
@RestController
@RequestMapping("/api/ledgers/{ledgerId}/imports")
class ContactImportController {

    /** The formats of contacts read; {@code goodwill} (a ledger's own export) restores a whole ledger instead. */
    enum Format { LINKEDIN, VCARD, CSV }

    private static final String RESPOND_ASYNC = "respond-async";

    private final ContactImports imports;
    private final long limit;

    ContactImportController(ContactImports imports, CommandSideProperties properties) {
        this.imports = imports;
        this.limit = properties.maxImportFile().toBytes();
    }

    /**
     * Imports contacts from a file of the format given ({@code linkedin}, {@code vcard} or {@code csv}, whose
     * {@code map} names the column of each field, such as {@code displayName:Name,email:E-mail}). A person imported
     * before (by the same profile address, vCard UID, key column or email) is the same contact: importing a file
     * twice records nothing the second time, and a person whose details changed gets a change of details.
     * <p>
     * All or nothing: a file with problems records nothing and lists every problem with its line (422), unless
     * {@code partial=true}, which records the rest. {@code dryRun=true} records nothing and answers what the import
     * would do. The answer waits for the import to end, unless the request says {@code Prefer: respond-async}: then
     * it is 202 at once, and the import's location answers its progress and, in the end, its report.
     * <p>
     * With {@code format=goodwill}, the file is a ledger's export ({@code GET …/export}, NDJSON) and this ledger id one
     * not taken: the ledger is restored from it (201), every event with its original times, recorder and correlation
     * id, so that each of its views answers as the original's did; the one restoring becomes its OWNER (who had access
     * to the original is not restored). An export cut short or edited restores nothing and names its line (400
     * invalid-export); a ledger id taken is 409 ledger-exists.
     */
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The file, of at most 50 MB: as the body, or as the part named file of a form.",
            required = true,
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                       @Content(mediaType = "text/vcard", schema = @Schema(type = "string")),
                       @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
                       @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                schema = @Schema(type = "object", requiredProperties = "file"))})
    @PostMapping(params = "format!=goodwill",
                 consumes = {"text/csv", "text/vcard", "text/x-vcard", "text/plain", "application/octet-stream",
                             MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<Object> start(@PathVariable String ledgerId, @RequestParam String format,
                                 @RequestParam(required = false) String map,
                                 @RequestParam(defaultValue = "false") boolean dryRun,
                                 @RequestParam(defaultValue = "false") boolean partial,
                                 @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key,
                                 @RequestHeader(value = "Prefer", required = false) String prefer,
                                 HttpServletRequest request) throws IOException, ServletException {
        Format chosen = Arrays.stream(Format.values()).filter(f -> f.name().equalsIgnoreCase(format.strip()))
                              .findFirst().orElse(null);
        if (chosen == null) {
            return ProblemResponses.invalidRequest(List.of(new FieldProblem(
                    "format", "must be linkedin, vcard, csv or goodwill, not '" + format + "'")));
        }
        Map<MappedCsvContacts.Field, String> columns;
        try {
            columns = MappedCsvContacts.mapping(map);
        } catch (Unreadable e) {
            return ProblemResponses.invalidRequest(List.of(new FieldProblem("map", e.getMessage())));
        }
        String importId = IdempotencyKey.idFor(ledgerId, "imports", null, key);
        ContactFile file;
        try (Reader text = ContactFile.text(RequestBodyLimit.uploaded(request, limit))) {
            file = switch (chosen) {
                case LINKEDIN -> LinkedInConnections.read(text);
                case VCARD -> VCardContacts.read(text);
                case CSV -> MappedCsvContacts.read(text, columns);
            };
        }
        Map<String, String> metadata = RequestMetadata.current().map(RequestMetadata::asMetaData).orElse(Map.of());
        var started = imports.start(new ContactImports.Request(importId, ledgerId, chosen.name(), dryRun, partial,
                                                               metadata), file);
        URI location = URI.create("/api/ledgers/" + ledgerId + "/imports/" + importId);
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains(RESPOND_ASYNC)) {
            return ResponseEntity.accepted().location(location)
                                 .header("Preference-Applied", RESPOND_ASYNC)
                                 .body(imports.find(ledgerId, importId).orElseThrow());
        }
        ImportView report;
        try {
            report = started.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The import did not end", e.getCause());
        }
        if (report.state() == State.FAILED) {
            throw new IllegalStateException("The import " + importId + " failed: see the log");
        }
        if (report.state() == State.REFUSED) {
            return refused(report, location);
        }
        return ResponseEntity.ok().location(location).body(report);
    }

    /** An import's progress while it runs, and its report once it has ended. */
    @GetMapping("/{importId}")
    ResponseEntity<Object> progress(@PathVariable String ledgerId, @PathVariable String importId) {
        return imports.find(ledgerId, importId).<ResponseEntity<Object>>map(ResponseEntity::ok).orElseGet(
                () -> ProblemResponses.problem(HttpStatus.NOT_FOUND, "unknown-import", "No import " + importId
                        + " of this ledger is known here: imports are kept for a while, on the node that ran them.",
                                               List.of()));
    }

    /** A file with problems, nothing recorded: 422, with the whole report beside the problem's own fields. */
    private static ResponseEntity<Object> refused(ImportView report, URI location) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_ENTITY, "The file has " + report.counts().problems() + " problem(s), so "
                        + "nothing was recorded: correct them and import it again, or import it with partial=true to "
                        + "record the rest.");
        problem.setProperty("code", "import-problems");
        problem.setProperty("import", report);
        problem.setProperty("problems", report.problems());
        return ResponseEntity.unprocessableEntity().location(location)
                             .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE).body(problem);
    }
}
