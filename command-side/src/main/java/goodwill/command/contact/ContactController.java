package goodwill.command.contact;

import goodwill.command.web.ClientId;
import goodwill.command.web.CommandController;
import goodwill.command.web.IdempotencyKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledgers/{ledgerId}/contacts")
class ContactController extends CommandController {

    /** A telephone number as people write one: digits, spaces, and + ( ) . - / between them. */
    static final String PHONE = "\\+?[0-9][0-9 ()./-]*[0-9]|\\+?[0-9]";
    static final String PHONE_MESSAGE = "must be a telephone number, such as +1 555 0100";
    /** A web address of the web: http or https. */
    static final String WEB = "https?:.*";
    static final String WEB_MESSAGE = "must be a web address, such as https://example.org/ana";

    ContactController(CommandGateway commands) {
        super(commands);
    }

    record AddContactRequest(@ClientId String contactId,
                             @NotBlank @Size(max = 200) String displayName,
                             @Size(max = 200) String organization,
                             @Size(max = 200) String role,
                             @Email @Size(max = 320) String email,
                             @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
                             @Size(max = 2000) String howWeMet,
                             Instant occurredAt,
                             @Size(max = 50) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
                             @Size(max = 2000) @URL(regexp = WEB, message = WEB_MESSAGE) String url) {
    }

    /** Adds a contact to the ledger. Its {@code occurredAt} (when they entered the network) defaults to now. */
    @PostMapping
    ResponseEntity<ContactResponse> add(@PathVariable String ledgerId,
                                             @Valid @RequestBody AddContactRequest request,
                                             @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        return create(ledgerId, "contacts", request.contactId(), key,
                      contactId -> new AddContact(ledgerId, contactId, request.displayName(), request.organization(),
                                                  request.role(), request.email(), request.tags(), request.howWeMet(),
                                                  request.occurredAt(), request.phone(), request.url()),
                      ContactResponse::new);
    }

    /** Only the details to change; a displayName, when given, must not be blank. */
    record ChangeContactRequest(@Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
                                String displayName,
                                @Size(max = 200) String organization,
                                @Size(max = 200) String role,
                                @Email @Size(max = 320) String email,
                                @Size(max = 50) List<@NotBlank @Size(max = 50) String> tags,
                                @Size(max = 2000) String howWeMet,
                                Instant occurredAt,
                                @Size(max = 50) @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
                                @Size(max = 2000) @URL(regexp = WEB, message = WEB_MESSAGE) String url) {
    }

    record ArchiveContactRequest(@Size(max = 2000) String reason, Instant occurredAt) {
    }

    /** Why, in words that stay readable: never the person's name or email. */
    record ForgetContactRequest(@Size(max = 2000) String reason) {
    }

    record MergeContactRequest(@NotNull @ClientId String intoContactId, Instant occurredAt) {
    }

    /**
     * Answers the contact's id: added, archived or changed, also when nothing changed (a retried change records
     * nothing new).
     */
    record ContactResponse(String contactId) {
    }

    /** A merge answers both: the contact merged away and the one whose history it now is. */
    record ContactsMergedResponse(String contactId, String intoContactId) {
    }

    /**
     * Changes a contact's details: only the fields given, and only where they differ; a change that changes nothing
     * records nothing.
     */
    @PostMapping("/{contactId}/changes")
    ResponseEntity<ContactResponse> change(@PathVariable String ledgerId, @PathVariable String contactId,
                                           @Valid @RequestBody ChangeContactRequest request) {
        send(new ChangeContactDetails(ledgerId, contactId, request.displayName(), request.organization(),
                                      request.role(), request.email(), request.tags(), request.howWeMet(),
                                      request.occurredAt(), request.phone(), request.url()));
        return ResponseEntity.ok(new ContactResponse(contactId));
    }

    /** Archives a contact: still listed and counted, marked archived; no new favor or meeting may name them. */
    @PostMapping("/{contactId}/archival")
    ResponseEntity<ContactResponse> archive(@PathVariable String ledgerId, @PathVariable String contactId,
                                            @Valid @RequestBody ArchiveContactRequest request) {
        send(new ArchiveContact(ledgerId, contactId, request.reason(), request.occurredAt()));
        return ResponseEntity.ok(new ContactResponse(contactId));
    }

    /**
     * Forgets a person at their request (GDPR art. 17), for good: their data key is destroyed as the read models
     * apply the forgetting, moments later, so every page, list, report and export shows them as "Forgotten person"
     * with their id and nothing of what they were, while every favor, meeting and promise with them counts as
     * before. Only an OWNER forgets; me is never forgotten, and a
     * person forgotten already answers 409 {@code contact-forgotten}.
     */
    @PostMapping("/{contactId}/forgetting")
    ResponseEntity<ContactResponse> forget(@PathVariable String ledgerId, @PathVariable String contactId,
                                           @Valid @RequestBody ForgetContactRequest request) {
        send(new ForgetContact(ledgerId, contactId, request.reason()));
        return ResponseEntity.ok(new ContactResponse(contactId));
    }

    /** Merges a duplicate contact into another: the survivor takes over the merged contact's history. */
    @PostMapping("/{contactId}/merge")
    ResponseEntity<ContactsMergedResponse> merge(@PathVariable String ledgerId, @PathVariable String contactId,
                                                 @Valid @RequestBody MergeContactRequest request) {
        send(new MergeContact(ledgerId, contactId, request.intoContactId(), request.occurredAt()));
        return ResponseEntity.ok(new ContactsMergedResponse(contactId, request.intoContactId()));
    }
}
