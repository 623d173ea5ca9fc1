package goodwill.command.introduction;

import goodwill.command.web.ClientId;
import goodwill.command.web.CommandController;
import goodwill.command.web.IdempotencyKey;
import goodwill.command.web.OneOf;
import goodwill.events.IntroductionOutcome;
import jakarta.validation.Valid;
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
@RequestMapping("/api/ledgers/{ledgerId}/introductions")
class IntroductionController extends CommandController {

    IntroductionController(CommandGateway commands) {
        super(commands);
    }

    record MakeIntroductionRequest(@ClientId String introductionId,
                                   @NotNull @ClientId String introducerId,
                                   @NotNull @ClientId String personAId,
                                   @NotNull @ClientId String personBId,
                                   @NotNull Instant occurredAt,
                                   @Size(max = 500) String purpose) {
    }

    record IntroductionMadeResponse(String introductionId) {
    }

    record RecordOutcomeRequest(@ClientId String outcomeId,
                                @NotNull @OneOf(IntroductionOutcome.class) String outcome,
                                @NotNull Instant occurredAt,
                                @Size(max = 2000) String note) {
    }

    record OutcomeRecordedResponse(String introductionId, String outcomeId) {
    }

    /** Records an introduction: who introduced whom to whom, and why. */
    @PostMapping
    ResponseEntity<IntroductionMadeResponse> make(@PathVariable String ledgerId,
                                                  @Valid @RequestBody MakeIntroductionRequest request,
                                                  @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        return create(ledgerId, "introductions", request.introductionId(), key,
                      introductionId -> new MakeIntroduction(ledgerId, introductionId, request.introducerId(),
                                                             request.personAId(), request.personBId(),
                                                             request.purpose(), request.occurredAt()),
                      IntroductionMadeResponse::new);
    }

    /** Records what came of an introduction. */
    @PostMapping("/{introductionId}/outcomes")
    ResponseEntity<OutcomeRecordedResponse> recordOutcome(@PathVariable String ledgerId,
                                                          @PathVariable String introductionId,
                                                          @Valid @RequestBody RecordOutcomeRequest request,
                                                          @RequestHeader(value = IdempotencyKey.HEADER, required = false) String key) {
        return create(ledgerId, "introductions/" + introductionId + "/outcomes", request.outcomeId(), key,
                      outcomeId -> new RecordIntroductionOutcome(ledgerId, introductionId, outcomeId,
                                                                 IntroductionOutcome.valueOf(request.outcome()),
                                                                 request.occurredAt(), request.note()),
                      outcomeId -> new OutcomeRecordedResponse(introductionId, outcomeId));
    }
}
