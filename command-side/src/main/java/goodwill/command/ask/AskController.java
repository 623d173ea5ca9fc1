package goodwill.command.ask;

import goodwill.command.web.ClientId;
import goodwill.command.web.CommandController;
import goodwill.command.web.Created;
import goodwill.command.web.IdempotencyKey;
import goodwill.command.web.OneOf;
import goodwill.events.AskOutcome;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/ledgers/{ledgerId}/asks")
class AskController extends CommandController {

    AskController(CommandGateway commands) {
        super(commands);
    }

    record MakeAskRequest(@ClientId String askId,
                          @NotNull @ClientId String askerId,
                          @NotNull @ClientId String askedId,
                          @NotBlank @Size(max = 500) String what,
                          @NotNull Instant occurredAt) {
    }

    /** @param warnings what is worth knowing about the ask, recorded all the same; empty when nothing is */
    record AskMadeResponse(String askId, List<AskWarning> warnings) {
    }

    record AnswerAskRequest(@NotNull @OneOf(AskOutcome.class) String outcome,
                            @NotNull Instant occurredAt,
                            @ClientId String favorId) {
    }

    record AskAnsweredResponse(String askId, String outcome) {
    }

    /**
     * Records an ask for help: who asked whom, for what. When me asks a contact whom me never gave anything before,
     * the answer carries a warning (an account that has been sitting empty).
     */
    @PostMapping
    ResponseEntity<AskMadeResponse> make(@PathVariable String ledgerId, @Valid @RequestBody MakeAskRequest request,
                                         @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        return create(ledgerId, "asks", request.askId(), key,
                      askId -> new MakeAsk(ledgerId, askId, request.askerId(), request.askedId(), request.what(),
                                           request.occurredAt()),
                      (String askId, List<AskWarning> warnings) ->
                              new AskMadeResponse(askId, warnings == null ? List.of() : warnings));
    }

    /** The answer is the ask's one sub-resource, so it is located at the request's own path. */
    @PostMapping("/{askId}/answer")
    ResponseEntity<AskAnsweredResponse> answer(@PathVariable String ledgerId,
                                               @PathVariable String askId,
                                               @Valid @RequestBody AnswerAskRequest request) {
        send(new AnswerAsk(ledgerId, askId, AskOutcome.valueOf(request.outcome()), request.occurredAt(),
                           request.favorId()));
        return Created.here(new AskAnsweredResponse(askId, request.outcome()));
    }
}
