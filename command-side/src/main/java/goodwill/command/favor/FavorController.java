package goodwill.command.favor;

import goodwill.command.web.ClientId;
import goodwill.command.web.CommandController;
import goodwill.command.web.IdempotencyKey;
import goodwill.command.web.OneOf;
import goodwill.events.FavorKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledgers/{ledgerId}/favors")
class FavorController extends CommandController {

    FavorController(CommandGateway commands) {
        super(commands);
    }

    record RecordFavorRequest(@ClientId String favorId,
                              @NotNull @ClientId String giverId,
                              @NotNull @ClientId String receiverId,
                              @NotNull @OneOf(FavorKind.class) String kind,
                              @NotNull @Min(RecordFavor.MIN_WEIGHT) @Max(RecordFavor.MAX_WEIGHT) Integer weight,
                              @NotNull Boolean asked,
                              @NotNull Instant occurredAt,
                              @ClientId String towardId,
                              @ClientId String reciprocatesFavorId,
                              @Size(max = 2000) String note) {
    }

    /** Answers the favor's id, recorded or retracted. */
    record FavorResponse(String favorId) {
    }

    /**
     * Records a favor, given or received: who did what for whom, how much it weighed (1 to 5), whether it was asked
     * for, and optionally whom it was done toward and which earlier favor it returns.
     */
    @PostMapping
    ResponseEntity<FavorResponse> record(@PathVariable String ledgerId,
                                                 @Valid @RequestBody RecordFavorRequest request,
                                                 @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        return create(ledgerId, "favors", request.favorId(), key,
                      favorId -> new RecordFavor(ledgerId, favorId, request.giverId(), request.receiverId(),
                                                 FavorKind.valueOf(request.kind()), request.weight(), request.asked(),
                                                 request.occurredAt(), request.towardId(),
                                                 request.reciprocatesFavorId(), request.note()),
                      FavorResponse::new);
    }

    /** A retraction is not a thing of its own to be found later: it is answered 200 with the favor's id. */
    @PostMapping("/{favorId}/retraction")
    ResponseEntity<FavorResponse> retract(@PathVariable String ledgerId, @PathVariable String favorId,
                                                   @Valid @RequestBody RetractionRequest request) {
        send(new RetractFavor(ledgerId, favorId, request.reason(), request.occurredAt()));
        return ResponseEntity.ok(new FavorResponse(favorId));
    }

    /** Every favor field may be corrected; {@code occurredAt} is the favor's corrected time. */
    record AmendFavorRequest(@ClientId String amendmentId,
                             @ClientId String giverId,
                             @ClientId String receiverId,
                             @OneOf(FavorKind.class) String kind,
                             @Min(RecordFavor.MIN_WEIGHT) @Max(RecordFavor.MAX_WEIGHT) Integer weight,
                             Boolean asked,
                             Instant occurredAt,
                             @ClientId String towardId,
                             @ClientId String reciprocatesFavorId,
                             @Size(max = 2000) String note,
                             @Size(max = 2000) String reason) {
    }

    record FavorAmendedResponse(String favorId, String amendmentId) {
    }

    /** Answered 200 with the favor's id and the amendment's, which a retry sends again to record nothing new. */
    @PostMapping("/{favorId}/amendment")
    ResponseEntity<FavorAmendedResponse> amend(@PathVariable String ledgerId, @PathVariable String favorId,
                                               @Valid @RequestBody AmendFavorRequest request,
                                               @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        String amendmentId = IdempotencyKey.idFor(ledgerId, "favors/" + favorId + "/amendment", request.amendmentId(), key);
        send(new AmendFavor(ledgerId, favorId, amendmentId, request.giverId(), request.receiverId(),
                            request.kind() == null ? null : FavorKind.valueOf(request.kind()), request.weight(),
                            request.asked(), request.occurredAt(), request.towardId(), request.reciprocatesFavorId(),
                            request.note(), request.reason()));
        return ResponseEntity.ok(new FavorAmendedResponse(favorId, amendmentId));
    }
}
