package goodwill.command.favor;

import goodwill.command.Ids;
import goodwill.command.web.ClientId;
import goodwill.command.web.Created;
import goodwill.command.web.OneOf;
import goodwill.events.FavorKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ledgers/{ledgerId}/favors")
class FavorController {

    private final CommandGateway commands;

    FavorController(CommandGateway commands) {
        this.commands = commands;
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

    record FavorRecordedResponse(String favorId) {
    }

    @PostMapping
    ResponseEntity<FavorRecordedResponse> record(@PathVariable String ledgerId,
                                                 @Valid @RequestBody RecordFavorRequest request) {
        String favorId = request.favorId() == null ? Ids.newId() : request.favorId();
        commands.sendAndWait(new RecordFavor(ledgerId, favorId, request.giverId(), request.receiverId(),
                                             FavorKind.valueOf(request.kind()), request.weight(), request.asked(),
                                             request.occurredAt(), request.towardId(), request.reciprocatesFavorId(),
                                             request.note()));
        return Created.at(favorId, new FavorRecordedResponse(favorId));
    }
}
