package goodwill.command.ask;

import goodwill.command.Ids;
import goodwill.events.AskAnswered;
import goodwill.events.AskOutcome;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record how an ask was answered.
 *
 * @param favorId the favor that helped, or null; only a HELPED answer names one
 */
public record AnswerAsk(String ledgerId,
                        String askId,
                        AskOutcome outcome,
                        Instant occurredAt,
                        String favorId) {

    @TargetAggregateIdentifier
    String aggregateId() {
        return Ids.ask(ledgerId, askId);
    }

    AskAnswered toEvent() {
        return new AskAnswered(ledgerId, askId, outcome, favorId, occurredAt);
    }
}
