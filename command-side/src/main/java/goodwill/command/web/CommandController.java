package goodwill.command.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;

/**
 * What every command controller does: it sends one command a request and waits for it to be handled, so that a
 * refusal is the request's answer ({@link CommandProblemAdvice}), and a create answers 201 with the new thing's
 * location. The endpoints, their paths and their bodies stay each controller's own.
 */
public abstract class CommandController {

    /** The body of a retraction (of a favor, of a meeting): why, and when; {@code occurredAt} null for "now". */
    public record RetractionRequest(@NotBlank @Size(max = 2000) String reason, Instant occurredAt) {
    }

    private final CommandGateway commands;

    protected CommandController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Sends the command and waits for its handler's answer (null for a handler that answers nothing). */
    protected <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    /**
     * Creates a thing below the request's path: its id is the body's, else one derived from the
     * {@code Idempotency-Key}, else a new one ({@link IdempotencyKey#idFor}); the command made with that id is sent,
     * and the answer is 201 at the thing's location ({@link Created#at}) with the body made from its id.
     *
     * @param endpoint as {@link IdempotencyKey#idFor} takes it
     */
    protected <T> ResponseEntity<T> create(String ledgerId, String endpoint, String bodyId, String key,
                                           Function<String, ?> command, Function<String, T> answer) {
        return create(ledgerId, endpoint, bodyId, key, command, (String id, Object result) -> answer.apply(id));
    }

    /** A create answered with what its command's handler answered, too. */
    protected <R, T> ResponseEntity<T> create(String ledgerId, String endpoint, String bodyId, String key,
                                              Function<String, ?> command, BiFunction<String, R, T> answer) {
        String id = IdempotencyKey.idFor(ledgerId, endpoint, bodyId, key);
        R result = send(command.apply(id));
        return Created.at(id, answer.apply(id, result));
    }
}
