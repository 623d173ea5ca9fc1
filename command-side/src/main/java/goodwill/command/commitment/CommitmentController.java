package goodwill.command.commitment;

import goodwill.command.web.ClientId;
import goodwill.command.web.CommandController;
import goodwill.command.web.Created;
import goodwill.command.web.IdempotencyKey;
import goodwill.command.web.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledgers/{ledgerId}/commitments")
class CommitmentController extends CommandController {

    CommitmentController(CommandGateway commands) {
        super(commands);
    }

    record MakeCommitmentRequest(@ClientId String commitmentId,
                                 @NotNull @ClientId String promiserId,
                                 @NotNull @ClientId String promiseeId,
                                 @NotBlank @Size(max = 500) String what,
                                 @NotNull Instant occurredAt,
                                 LocalDate dueOn) {
    }

    record CommitmentMadeResponse(String commitmentId) {
    }

    record ResolveCommitmentRequest(@NotNull @OneOf(CommitmentStatus.class) String status,
                                    @NotNull Instant occurredAt,
                                    @ClientId String favorId) {
    }

    record CommitmentResolvedResponse(String commitmentId, String status) {
    }

    /** Records a commitment: a promise one person made another, with an optional due day. */
    @PostMapping
    ResponseEntity<CommitmentMadeResponse> make(@PathVariable String ledgerId,
                                                @Valid @RequestBody MakeCommitmentRequest request,
                                                @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        return create(ledgerId, "commitments", request.commitmentId(), key,
                      commitmentId -> new MakeCommitment(ledgerId, commitmentId, request.promiserId(),
                                                         request.promiseeId(), request.what(), request.dueOn(),
                                                         request.occurredAt()),
                      CommitmentMadeResponse::new);
    }

    /** The resolution is the commitment's one sub-resource, so it is located at the request's own path. */
    @PostMapping("/{commitmentId}/resolution")
    ResponseEntity<CommitmentResolvedResponse> resolve(@PathVariable String ledgerId,
                                                       @PathVariable String commitmentId,
                                                       @Valid @RequestBody ResolveCommitmentRequest request) {
        send(new ResolveCommitment(ledgerId, commitmentId, CommitmentStatus.valueOf(request.status()),
                                   request.occurredAt(), request.favorId()));
        return Created.here(new CommitmentResolvedResponse(commitmentId, request.status()));
    }
}
